import { describe, expect, it } from 'vitest';
import { BenchUsageError, DEFAULT_SERVICES, parseBenchOptions } from './options';

describe('parseBenchOptions', () => {
  it('defaults to 10,000 services, 10 s runs after 2 s warm-up, at 10 and 50 connections', () => {
    expect(parseBenchOptions([], {})).toEqual({ services: DEFAULT_SERVICES, duration: 10, warmup: 2, connections: [10, 50], keep: false });
  });

  it('takes the service count from LOCAL_OFFER_SEED_SERVICES unless --services says otherwise', () => {
    expect(parseBenchOptions([], { LOCAL_OFFER_SEED_SERVICES: '2000' }).services).toBe(2000);
    expect(parseBenchOptions(['--services', '500'], { LOCAL_OFFER_SEED_SERVICES: '2000' }).services).toBe(500);
    expect(parseBenchOptions([], { LOCAL_OFFER_SEED_SERVICES: '' }).services).toBe(DEFAULT_SERVICES);
  });

  it('reads the flags', () => {
    expect(parseBenchOptions(['--duration=3', '--warmup', '0', '--connections', '50, 1,50', '--keep'], {})).toEqual({
      services: DEFAULT_SERVICES,
      duration: 3,
      warmup: 0,
      connections: [1, 50],
      keep: true,
    });
  });

  it('rejects unknown flags and nonsense values with the usage', () => {
    expect(() => parseBenchOptions(['--fast'], {})).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(['--duration', '0'], {})).toThrow(/--duration/);
    expect(() => parseBenchOptions(['--connections', 'ten'], {})).toThrow(/Usage/);
    expect(() => parseBenchOptions(['--services', '-1'], {})).toThrow(BenchUsageError);
  });

  it('treats --help as a request, not a mistake', () => {
    try {
      parseBenchOptions(['--help'], {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BenchUsageError);
      expect((error as BenchUsageError).help).toBe(true);
    }
  });
});
