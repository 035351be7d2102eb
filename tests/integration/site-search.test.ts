// Site search against a real Meilisearch: the guidance index built from the real content folder,
// and the services index the integration global setup seeded and indexed.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_ROOT } from '@/lib/content/load';
import { serverEnv } from '@/lib/env';
import { createMeiliClient, searchServices, SearchUnavailableError, type SearchClient } from '@/lib/search';
import { ensureGuidesIndex, GUIDES_INDEX } from '@/lib/search/guides';
import { metaIndexName } from '@/lib/search/index-meta';
import { searchSite } from '@/lib/search/site-search';
import { searchParamsSchema } from '@/lib/validation/search';

let client: SearchClient;

beforeAll(async () => {
  const env = serverEnv();
  client = createMeiliClient(env.MEILI_HOST, env.MEILI_MASTER_KEY);
  // The launcher does this at start-up; here it builds the index, or finds it up to date.
  await ensureGuidesIndex(client);
});

afterAll(() => {
  client?.close();
});

describe('site search', () => {
  it('finds the annual reviews guide for "annual review", and lists guidance first', async () => {
    const result = await searchSite('annual review', 'en', { client });
    expect(result.guides.hits[0]?.path).toBe('/guides/ehcp/annual-reviews');
    expect(result.guides.hits[0]?.titleHtml).toContain('<mark>');
    expect(result.guidanceFirst).toBe(true);
  });

  it('finds the disagreements guide for "tribunal"', async () => {
    const result = await searchSite('tribunal', 'en', { client });
    expect(result.guides.hits.map((hit) => hit.path)).toContain('/guides/ehcp/disagreements');
    expect(result.guidanceFirst).toBe(true);
  });

  it('finds speech and language services for "speech therapy", the same total as the directory, services first', async () => {
    const result = await searchSite('speech therapy', 'en', { client });
    expect(result.services.total).toBeGreaterThan(0);
    expect(result.services.hits.length).toBeGreaterThan(0);
    expect(result.services.hits.length).toBeLessThanOrEqual(5);
    expect(result.services.hits[0]?.name).toMatch(/speech/i);
    const directory = await searchServices(searchParamsSchema.parse({ q: 'speech therapy' }), { client });
    expect(result.services.total).toBe(directory.total);
    expect(result.guidanceFirst).toBe(false);
  });

  it('finds guidance written with an abbreviation when searched in full words, and the reverse', async () => {
    const abbreviation = await searchSite('EHCNA', 'en', { client });
    expect(abbreviation.guides.hits.map((hit) => hit.path)).toContain('/guides/ehcp/asking-for-an-assessment');
    const words = await searchSite('special educational needs co-ordinator', 'en', { client });
    expect(words.guides.total).toBeGreaterThan(0);
  });

  it('searches in the page language, with English pages where there is no translation', async () => {
    const result = await searchSite('annual review', 'ur', { client });
    const reviews = result.guides.hits.find((hit) => hit.path === '/guides/ehcp/annual-reviews');
    expect(reviews?.contentLocale).toBe('en');
    const about = await searchSite('Local Offer', 'ur', { client });
    expect(about.guides.hits.find((hit) => hit.path === '/guides/about-the-local-offer')?.contentLocale).toBe('ur');
    expect(about.guides.hits.every((hit) => hit.id.startsWith('ur_'))).toBe(true);
  });

  it('finds nothing, calmly, for nonsense', async () => {
    const result = await searchSite('zzqxjvw', 'en', { client });
    expect(result.guides.total).toBe(0);
    expect(result.services.total).toBe(0);
    expect(result.guidanceFirst).toBe(false);
  });

  it('reports Meilisearch being down as SearchUnavailableError', async () => {
    const dead = createMeiliClient('http://127.0.0.1:9', 'a-master-key-that-is-long-enough');
    try {
      await expect(searchSite('annual review', 'en', { client: dead, timeoutMs: 1000 })).rejects.toBeInstanceOf(SearchUnavailableError);
    } finally {
      dead.close();
    }
  });
});

describe('ensureGuidesIndex', () => {
  const indexName = `guides_it_${Date.now()}`;
  let contentRoot: string;

  beforeAll(async () => {
    contentRoot = await mkdtemp(path.join(os.tmpdir(), 'guides-content-'));
    await cp(CONTENT_ROOT, contentRoot, { recursive: true });
  });

  afterAll(async () => {
    for (const uid of [indexName, metaIndexName(indexName)]) {
      await client.deleteIndex(uid).waitTask().catch(() => undefined);
    }
    await rm(contentRoot, { recursive: true, force: true });
  });

  it('is cheap when nothing changed', async () => {
    const live = await ensureGuidesIndex(client);
    expect(live.reindexed).toBe(false);
    expect((await client.index(GUIDES_INDEX).getStats()).numberOfDocuments).toBe(live.documents);
  });

  it('rebuilds when a guide changes, and only then', async () => {
    const first = await ensureGuidesIndex(client, { contentRoot, indexName });
    expect(first.reindexed).toBe(true);
    expect((await ensureGuidesIndex(client, { contentRoot, indexName })).reindexed).toBe(false);

    const file = path.join(contentRoot, 'en', 'guides', 'contact.mdx');
    await writeFile(file, `${await readFile(file, 'utf8')}\nA new sentence about zebracrossings.\n`);
    const second = await ensureGuidesIndex(client, { contentRoot, indexName });
    expect(second).toEqual({ reindexed: true, documents: first.documents });

    const found = await searchSite('zebracrossings', 'en', { client, guidesIndex: indexName });
    expect(found.guides.hits.map((hit) => hit.path)).toEqual(['/guides/contact']);
  });
});
