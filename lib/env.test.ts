import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const services = {
  DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/db',
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'a-long-enough-master-key',
};

describe('parseEnv', () => {
  it('accepts a complete environment and applies defaults', () => {
    const env = parseEnv(services, { requireServices: true });
    expect(env.PORT).toBe(3000);
    expect(env.SEARCH_TIMEOUT_MS).toBe(300);
  });

  it('does not need services at build time', () => {
    expect(() => parseEnv({}, { requireServices: false })).not.toThrow();
  });

  it('names every missing service variable at once', () => {
    expect(() => parseEnv({}, { requireServices: true })).toThrow(
      /DATABASE_URL is required[\s\S]*MEILI_HOST is required[\s\S]*MEILI_MASTER_KEY is required/,
    );
  });

  it('rejects malformed values with a readable message', () => {
    const bad = { ...services, DATABASE_URL: 'mysql://x', PORT: 'abc', MEILI_MASTER_KEY: 'short' };
    try {
      parseEnv(bad, { requireServices: true });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL must be a postgres://');
      expect(message).toContain('PORT');
      expect(message).toContain('MEILI_MASTER_KEY must be at least 16 characters');
    }
  });

  it('requires a master key when an external Meilisearch host is given', () => {
    expect(() => parseEnv({ MEILI_HOST: 'http://search.example:7700' }, { requireServices: false })).toThrow(
      /MEILI_MASTER_KEY is required when MEILI_HOST is set/,
    );
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ ...services, PORT: '' }, { requireServices: true }).PORT).toBe(3000);
  });
});
