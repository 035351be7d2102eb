import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLauncherConfig } from './config';
import { StackError } from './errors';

const root = '/srv/local-offer';

describe('readLauncherConfig', () => {
  it('defaults to the dev data directory and the default ports', () => {
    const config = readLauncherConfig({}, root);
    expect(config.dataDir).toBe(path.join(root, '.data/dev'));
    expect(config.launcher.LOCAL_OFFER_PG_PORT).toBe(54320);
    expect(config.launcher.LOCAL_OFFER_MEILI_PORT).toBe(7700);
    expect(config.app.PORT).toBe(3000);
    expect(config.external).toEqual({ databaseUrl: undefined, meili: undefined });
  });

  it('reads ports and a data directory, with 0 meaning "any free port" and blanks meaning unset', () => {
    const config = readLauncherConfig(
      { LOCAL_OFFER_DATA_DIR: '/var/lib/local-offer', LOCAL_OFFER_PG_PORT: '0', LOCAL_OFFER_MEILI_PORT: '', PORT: '3010' },
      root,
    );
    expect(config.dataDir).toBe('/var/lib/local-offer');
    expect(config.launcher.LOCAL_OFFER_PG_PORT).toBe(0);
    expect(config.launcher.LOCAL_OFFER_MEILI_PORT).toBe(7700);
    expect(config.app.PORT).toBe(3010);
  });

  it('takes the operator’s own database and search engine from the app variables', () => {
    const config = readLauncherConfig(
      {
        DATABASE_URL: 'postgresql://u:p@db.example.org:5432/offer',
        MEILI_HOST: 'http://search.example.org:7700',
        MEILI_MASTER_KEY: 'a-master-key-of-16+',
      },
      root,
    );
    expect(config.external).toEqual({
      databaseUrl: 'postgresql://u:p@db.example.org:5432/offer',
      meili: { host: 'http://search.example.org:7700', masterKey: 'a-master-key-of-16+' },
    });
  });

  it('fails with every problem listed, for app and launcher variables alike', () => {
    expect(() => readLauncherConfig({ LOCAL_OFFER_PG_PORT: '70000', LOCAL_OFFER_SEED_SERVICES: '-1' }, root)).toThrow(
      /LOCAL_OFFER_PG_PORT[\s\S]*LOCAL_OFFER_SEED_SERVICES/,
    );
    expect(() => readLauncherConfig({ MEILI_HOST: 'http://127.0.0.1:7700' }, root)).toThrow(StackError);
    expect(() => readLauncherConfig({ MEILI_HOST: 'http://127.0.0.1:7700' }, root)).toThrow(/MEILI_MASTER_KEY/);
  });
});
