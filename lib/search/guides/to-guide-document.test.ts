import os from 'node:os';
import path from 'node:path';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_ROOT } from '@/lib/content/load';
import { guidesFingerprint } from './fingerprint';
import { listGuideDocuments } from './list-guide-documents';
import { GUIDES_INDEX_SETTINGS } from './settings';

describe('guide documents', () => {
  it('gives every guide a document in every site language, falling back to English', async () => {
    const documents = await listGuideDocuments(CONTENT_ROOT);
    const english = documents.filter((d) => d.locale === 'en');
    expect(english.length).toBeGreaterThanOrEqual(15);
    for (const locale of ['ur', 'ar'] as const) {
      expect(documents.filter((d) => d.locale === locale).length).toBe(english.length);
    }
    const aboutUrdu = documents.find((d) => d.id === 'ur_about-the-local-offer');
    expect(aboutUrdu).toMatchObject({ contentLocale: 'ur', url: '/ur/guides/about-the-local-offer', section: 'about' });
    const reviewsUrdu = documents.find((d) => d.id === 'ur_ehcp_annual-reviews');
    expect(reviewsUrdu).toMatchObject({ contentLocale: 'en', path: '/guides/ehcp/annual-reviews', title: 'Annual reviews' });
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    expect(documents.every((d) => /^[A-Za-z0-9_-]+$/.test(d.id))).toBe(true);
  });

  it('holds the text without MDX syntax or citations', async () => {
    const documents = await listGuideDocuments(CONTENT_ROOT);
    const timeline = documents.find((d) => d.id === 'en_ehcp_the-20-week-timeline')!;
    expect(timeline.headings).toContain('The deadlines at a glance');
    expect(timeline.text).toContain('By the end of week 6');
    expect(timeline.text).toContain('EHCNA');
    expect(timeline.text).not.toMatch(/<|SourceRef|\*\*/);
  });

  it('searches titles first and filters by language', () => {
    expect(GUIDES_INDEX_SETTINGS.searchableAttributes[0]).toBe('title');
    expect(GUIDES_INDEX_SETTINGS.filterableAttributes).toContain('locale');
    expect(GUIDES_INDEX_SETTINGS.synonyms.ehcna).toContain('education health and care needs assessment');
    expect(GUIDES_INDEX_SETTINGS.synonyms['speech therapy']).toContain('salt');
  });
});

describe('guidesFingerprint', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'guides-hash-'));
    await mkdir(path.join(root, 'en', 'guides', 'ehcp'), { recursive: true });
    await writeFile(path.join(root, 'en', 'guides', 'ehcp', 'index.mdx'), 'One');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('changes when a guide changes or is added, and only then', async () => {
    const first = await guidesFingerprint(root);
    expect(await guidesFingerprint(root)).toBe(first);
    await writeFile(path.join(root, 'en', 'guides', 'ehcp', 'index.mdx'), 'Two');
    const second = await guidesFingerprint(root);
    expect(second).not.toBe(first);
    await mkdir(path.join(root, 'ur', 'guides'), { recursive: true });
    await writeFile(path.join(root, 'ur', 'guides', 'page.mdx'), 'Three');
    expect(await guidesFingerprint(root)).not.toBe(second);
  });
});
