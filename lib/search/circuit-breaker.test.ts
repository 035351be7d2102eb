import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CircuitBreaker, CircuitOpenError } from './circuit-breaker';
import type { CircuitState } from './circuit-breaker';

const ok = () => Promise.resolve('ok');
const down = () => Promise.reject(new Error('ECONNREFUSED'));

async function fail(breaker: CircuitBreaker, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await expect(breaker.run(down)).rejects.toThrow('ECONNREFUSED');
}

describe('CircuitBreaker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-05T09:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stays closed while calls succeed or fail fewer times in a row than the threshold', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000 });
    await fail(breaker, 2);
    expect(breaker.state).toBe('closed');
    await expect(breaker.run(ok)).resolves.toBe('ok');
    expect(breaker.failures).toBe(0);
    await fail(breaker, 2);
    expect(breaker.state).toBe('closed');
  });

  it('opens after the threshold and then fails fast without calling the service', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000 });
    await fail(breaker, 3);
    expect(breaker.state).toBe('open');
    const fn = vi.fn(ok);
    const error = await breaker.run(fn).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect((error as CircuitOpenError).retryAt).toBe(Date.now() + 10_000);
    expect(fn).not.toHaveBeenCalled();
  });

  it('lets one probe through after the cool-down and closes when it succeeds', async () => {
    const changes: [CircuitState, CircuitState][] = [];
    const breaker = new CircuitBreaker({
      failureThreshold: 2,
      coolDownMs: 10_000,
      onStateChange: (state, previous) => changes.push([previous, state]),
    });
    await fail(breaker, 2);
    vi.advanceTimersByTime(9_999);
    expect(breaker.state).toBe('open');
    vi.advanceTimersByTime(1);
    expect(breaker.state).toBe('half-open');

    let release: (value: string) => void = () => undefined;
    const probe = breaker.run(() => new Promise<string>((resolve) => (release = resolve)));
    // While the probe is out, everyone else is turned away rather than piling on.
    const other = vi.fn(ok);
    await expect(breaker.run(other)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(other).not.toHaveBeenCalled();
    release('back');
    await expect(probe).resolves.toBe('back');
    expect(breaker.state).toBe('closed');
    await expect(breaker.run(ok)).resolves.toBe('ok');
    expect(changes).toEqual([
      ['closed', 'open'],
      ['open', 'half-open'],
      ['half-open', 'closed'],
    ]);
  });

  it('reopens for a full cool-down when the probe fails', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 10_000 });
    await fail(breaker, 2);
    vi.advanceTimersByTime(10_000);
    await fail(breaker, 1);
    expect(breaker.state).toBe('open');
    vi.advanceTimersByTime(9_000);
    await expect(breaker.run(ok)).rejects.toBeInstanceOf(CircuitOpenError);
    vi.advanceTimersByTime(1_000);
    await expect(breaker.run(ok)).resolves.toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('does not count errors the caller says are not outages, and treats them as a sign of life', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, coolDownMs: 10_000 });
    const isOutage = (error: unknown) => (error as Error).message !== 'bad request';
    await expect(breaker.run(down, isOutage)).rejects.toThrow();
    await expect(breaker.run(() => Promise.reject(new Error('bad request')), isOutage)).rejects.toThrow('bad request');
    expect(breaker.failures).toBe(0);
    await expect(breaker.run(down, isOutage)).rejects.toThrow();
    expect(breaker.state).toBe('closed');
  });

  it('can be reset by hand', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 60_000 });
    await fail(breaker, 1);
    expect(breaker.state).toBe('open');
    breaker.reset();
    expect(breaker.state).toBe('closed');
    await expect(breaker.run(ok)).resolves.toBe('ok');
  });
});
