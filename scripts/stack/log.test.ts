import { describe, expect, it } from 'vitest';
import { createStepLogger, formatSeconds } from './log';

describe('createStepLogger', () => {
  it('prints one line per step with what it did and how long it took', async () => {
    const lines: string[] = [];
    const log = createStepLogger({ prefix: '[t]', write: (line) => lines.push(line) });
    const result = await log.step('postgres', async () => 54320, (port) => `ready on ${port}`);
    expect(result).toBe(54320);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[t\] postgres\s+ready on 54320 \(\d+\.\d\ds\)$/);
  });

  it('marks a failed step and passes the error on', async () => {
    const lines: string[] = [];
    const log = createStepLogger({ prefix: '[t]', write: (line) => lines.push(line) });
    await expect(log.step('seed', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(lines[0]).toMatch(/^\[t\] seed\s+FAILED after \d+\.\d\ds$/);
  });
});

describe('formatSeconds', () => {
  it('keeps two decimals under ten seconds and one above', () => {
    expect(formatSeconds(1234)).toBe('1.23s');
    expect(formatSeconds(23456)).toBe('23.5s');
  });
});
