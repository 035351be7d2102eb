import { access, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serialize } from 'next-mdx-remote-client/serialize';
import remarkGfm from 'remark-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '@/lib/i18n/locales';
import { parseSearchParams } from '@/lib/validation/search';
import {
  ACCESS_CODES,
  COST_CODES,
  DELIVERY_CODES,
  NEED_AREA_CODES,
  NEED_CODES,
  REFERRAL_CODES,
  SERVICE_TYPE_CODES,
} from '@/prisma/data/taxonomies';
import { DISTRICTS } from '@/prisma/data/districts';
import { addCalendarMonths, guideFrontmatterSchema, parseCalendarDate } from './frontmatter';
import { glossaryIds } from './glossary';
import { extractHeadings, headingId } from './headings';
import { extractLinks, isInternalHref } from './internal-links';
import { legalSourceUrl } from './legal-sources';
import { createContentLoader, parseGuideSource, type Guide } from './load';
import { isMdxComponentName, MDX_COMPONENT_NAMES } from './mdx-components';
import { relatedServicesQuery, RELATED_SERVICES_FILTERS, type RelatedServicesFilters } from './related-services';
import { isValidSlug } from './slug';
import { statutoryItemIds } from './statutory-map';

// Reads the real content/ folder from the project root, as the build does.
const CONTENT_ROOT = path.join(process.cwd(), 'content');
const loader = createContentLoader(CONTENT_ROOT);

/** Pages that are routes of their own under /guides, not MDX files. */
const GUIDE_ROUTES = ['/guides/glossary', '/guides/statutory-map'];

/** The string attributes of every <Name ...> opening tag in a page (`name="value"` only). */
function componentAttributes(body: string, name: string): Record<string, string>[] {
  const tags = body.matchAll(new RegExp(`<${name}\\b([^>]*?)/?>`, 'g'));
  return [...tags].map((tag) =>
    Object.fromEntries([...tag[1]!.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])),
  );
}

interface ContentFile {
  locale: string;
  /** Relative to content/<locale>/guides, without .mdx. */
  name: string;
  file: string;
  source: string;
}

async function readContentFiles(): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const locale of LOCALE_CODES) {
    const dir = path.join(CONTENT_ROOT, locale, 'guides');
    let entries: string[];
    try {
      entries = await readdir(dir, { recursive: true });
    } catch {
      continue;
    }
    for (const entry of entries.filter((e) => e.endsWith('.mdx'))) {
      const file = path.join(dir, entry);
      files.push({
        locale,
        name: entry.replace(/\.mdx$/, '').split(path.sep).join('/'),
        file: path.relative(process.cwd(), file),
        source: await readFile(file, 'utf8'),
      });
    }
  }
  return files;
}

function slugOf(name: string): string[] {
  const parts = name.split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return parts;
}

const TAXONOMY_VALUES: Record<string, readonly string[]> = {
  need: [...NEED_CODES, ...NEED_AREA_CODES].map((c) => c.toUpperCase()),
  district: DISTRICTS.map((d) => d.code),
  type: SERVICE_TYPE_CODES,
  delivery: DELIVERY_CODES,
  cost: COST_CODES,
  referral: REFERRAL_CODES,
  access: ACCESS_CODES,
};

let files: ContentFile[] = [];
let englishSlugs: string[][] = [];
const guidesByFile = new Map<string, { frontmatter: Guide['frontmatter']; body: string }>();

beforeAll(async () => {
  files = await readContentFiles();
  englishSlugs = await loader.listGuideSlugs();
  for (const f of files) guidesByFile.set(f.file, parseGuideSource(f.source, f.file));
});

describe('guide content', () => {
  it('has the handbook and the other required pages', () => {
    const names = files.filter((f) => f.locale === 'en').map((f) => f.name);
    expect(names.filter((n) => n.startsWith('ehcp/')).length).toBeGreaterThanOrEqual(8);
    for (const required of ['about-the-local-offer', 'phase-transfer', 'neurodevelopmental-pathway', 'ehcp/index']) {
      expect(names).toContain(required);
    }
    expect(files.some((f) => f.locale === 'ur' && f.name === 'about-the-local-offer')).toBe(true);
  });

  it('every page has valid frontmatter with at least one source', () => {
    for (const f of files) {
      const { frontmatter } = guidesByFile.get(f.file)!;
      expect(frontmatter.sources.length, f.file).toBeGreaterThan(0);
    }
  });

  it('every review is due in the future and no more than 12 months after the last one', () => {
    const today = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z');
    for (const f of files) {
      const { frontmatter } = guidesByFile.get(f.file)!;
      const last = parseCalendarDate(frontmatter.lastReviewed)!;
      const due = parseCalendarDate(frontmatter.reviewDue)!;
      expect(due >= today, `${f.file}: review was due on ${frontmatter.reviewDue}`).toBe(true);
      expect(due <= addCalendarMonths(last, 12), f.file).toBe(true);
      expect(last <= today, `${f.file}: lastReviewed is in the future`).toBe(true);
    }
  });

  it('every translation has an English page in the same section and position', () => {
    const english = new Map(files.filter((f) => f.locale === 'en').map((f) => [f.name, guidesByFile.get(f.file)!]));
    for (const f of files.filter((f) => f.locale !== 'en')) {
      const original = english.get(f.name);
      expect(original, `${f.file} has no English page`).toBeDefined();
      const { frontmatter } = guidesByFile.get(f.file)!;
      expect(frontmatter.section, f.file).toBe(original!.frontmatter.section);
      expect(frontmatter.order, f.file).toBe(original!.frontmatter.order);
    }
  });

  it('every page compiles as MDX and uses only the known components', async () => {
    for (const f of files) {
      const { body } = guidesByFile.get(f.file)!;
      const result = await serialize({ source: body, options: { mdxOptions: { remarkPlugins: [remarkGfm] } } });
      expect('error' in result ? String(result.error) : null, f.file).toBeNull();
      const used = [...body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]!);
      for (const name of used) expect(isMdxComponentName(name), `${f.file} uses <${name}>, which is not one of ${MDX_COMPONENT_NAMES.join(', ')}`).toBe(true);
    }
  });

  it('an unknown component is caught', () => {
    expect(isMdxComponentName('Term')).toBe(true);
    expect(isMdxComponentName('Script')).toBe(false);
    expect(isMdxComponentName('Glossary')).toBe(false);
  });

  it('every glossary term a page uses exists', () => {
    const ids = new Set(glossaryIds());
    let used = 0;
    for (const f of files) {
      const { body } = guidesByFile.get(f.file)!;
      for (const attributes of componentAttributes(body, 'Term')) {
        used += 1;
        expect(attributes.id, `${f.file}: <Term> needs an id`).toBeDefined();
        expect(ids.has(attributes.id!), `${f.file}: <Term id="${attributes.id}"> is not in content/en/glossary.json`).toBe(true);
      }
    }
    expect(used).toBeGreaterThan(0);
  });

  it('every directory link block is a search the directory understands, with a label', () => {
    for (const f of files) {
      const { body } = guidesByFile.get(f.file)!;
      for (const attributes of componentAttributes(body, 'RelatedServices')) {
        const where = `${f.file}: <RelatedServices ${JSON.stringify(attributes)}>`;
        expect(attributes.label?.trim(), where).toBeTruthy();
        const unknown = Object.keys(attributes).filter((a) => a !== 'label' && !(RELATED_SERVICES_FILTERS as readonly string[]).includes(a));
        expect(unknown, where).toEqual([]);
        const { params } = relatedServicesQuery(attributes as RelatedServicesFilters);
        for (const [taxonomy, allowed] of Object.entries(TAXONOMY_VALUES)) {
          const values = (params as unknown as Record<string, string[]>)[taxonomy] ?? [];
          for (const value of values) expect(allowed, `${where}: unknown ${taxonomy} "${value}"`).toContain(value);
        }
      }
    }
  });

  it('every video has captions', () => {
    for (const f of files) {
      const { body } = guidesByFile.get(f.file)!;
      for (const attributes of componentAttributes(body, 'SignedVideo')) {
        expect(attributes.captions, `${f.file}: <SignedVideo> needs captions="/path/to/captions.vtt"`).toMatch(/\.vtt$/);
      }
    }
  });

  it('every statutory requirement a page answers is in the statutory map', () => {
    const ids = new Set(statutoryItemIds());
    for (const f of files) {
      const { frontmatter } = guidesByFile.get(f.file)!;
      for (const id of frontmatter.answers ?? []) {
        expect(ids.has(id), `${f.file} answers "${id}", which is not in content/statutory-map.ts`).toBe(true);
      }
    }
  });

  it('no guide file takes the address of a guides route', () => {
    for (const route of GUIDE_ROUTES) {
      expect(englishSlugs.map((s) => `/guides/${s.join('/')}`), route).not.toContain(route);
    }
  });

  it('pages start their headings at level 2 and heading ids are unique', () => {
    for (const f of files) {
      const { body } = guidesByFile.get(f.file)!;
      expect(extractHeadings(body, [1]), `${f.file} has a level 1 heading`).toEqual([]);
      const ids = extractHeadings(body, [2, 3, 4]).map((h) => h.id);
      expect(new Set(ids).size, `${f.file} repeats a heading`).toBe(ids.length);
      expect(ids.every((id) => id.length > 0), f.file).toBe(true);
    }
  });

  it('every cited source is listed in the page frontmatter', () => {
    for (const f of files) {
      const { frontmatter, body } = guidesByFile.get(f.file)!;
      const titles = frontmatter.sources.map((s) => s.title);
      for (const match of body.matchAll(/<SourceRef\s+source="([^"]+)"/g)) {
        expect(titles, `${f.file} cites "${match[1]}"`).toContain(match[1]);
      }
    }
  });

  it('every internal link leads to a guide, a heading on the page, a tool or a valid directory search', async () => {
    const known = new Set(englishSlugs.map((s) => `/guides/${s.join('/')}`));
    known.add('/guides');
    for (const route of GUIDE_ROUTES) known.add(route);
    for (const f of files) {
      const { body } = guidesByFile.get(f.file)!;
      const ids = new Set(extractHeadings(body, [2, 3, 4]).map((h) => h.id));
      for (const { href, line } of extractLinks(body)) {
        const where = `${f.file}:${line} ${href}`;
        if (href.startsWith('#')) {
          expect(ids.has(decodeURIComponent(href.slice(1))), where).toBe(true);
          continue;
        }
        if (!isInternalHref(href)) {
          expect(href, where).toMatch(/^(https:\/\/|mailto:)/);
          continue;
        }
        const url = new URL(href, 'https://example.org');
        expect(LOCALE_CODES.some((l) => url.pathname === `/${l}` || url.pathname.startsWith(`/${l}/`)), `${where}: links must not include a language`).toBe(false);
        if (url.pathname.startsWith('/guides')) {
          expect(known.has(url.pathname.replace(/\/$/, '')), where).toBe(true);
          expect(url.search, where).toBe('');
        } else if (url.pathname === '/services') {
          const { ignored, params } = parseSearchParams(url.searchParams);
          expect(ignored, where).toEqual([]);
          for (const [taxonomy, allowed] of Object.entries(TAXONOMY_VALUES)) {
            const values = (params as unknown as Record<string, string[]>)[taxonomy] ?? [];
            for (const value of values) expect(allowed, `${where}: unknown ${taxonomy} "${value}"`).toContain(value);
          }
        } else if (/^\/tools(\/[a-z0-9-]+)?$/.test(url.pathname)) {
          // The tools are ordinary routes: the link is good if the page file exists.
          const page = path.join(process.cwd(), 'app', '[locale]', '(site)', ...url.pathname.split('/').filter(Boolean), 'page.tsx');
          await expect(access(page), where).resolves.toBeUndefined();
        } else {
          expect.fail(`${where}: internal links may only go to /guides, /services or /tools`);
        }
      }
    }
  });
});

describe('loading guides', () => {
  it('loads an English page', async () => {
    const guide = await loader.getGuide('en', ['ehcp', 'annual-reviews']);
    expect(guide).toMatchObject({ isFallback: false, contentLocale: 'en', path: '/guides/ehcp/annual-reviews', section: 'ehcp' });
    expect(guide?.file).toBe('content/en/guides/ehcp/annual-reviews.mdx');
  });

  it('loads a section index from index.mdx', async () => {
    const guide = await loader.getGuide('en', ['ehcp']);
    expect(guide?.file).toBe('content/en/guides/ehcp/index.mdx');
    expect(guide?.path).toBe('/guides/ehcp');
  });

  it('uses the translation where there is one', async () => {
    const guide = await loader.getGuide('ur', ['about-the-local-offer']);
    expect(guide).toMatchObject({ isFallback: false, contentLocale: 'ur' });
    expect(guide?.file).toBe('content/ur/guides/about-the-local-offer.mdx');
  });

  it('falls back to English, and says so, where there is no translation', async () => {
    const guide = await loader.getGuide('ur', ['ehcp', 'annual-reviews']);
    expect(guide).toMatchObject({ isFallback: true, contentLocale: 'en' });
    expect(guide?.file).toBe('content/en/guides/ehcp/annual-reviews.mdx');
    const arabic = await loader.getGuide('ar', ['about-the-local-offer']);
    expect(arabic).toMatchObject({ isFallback: true, contentLocale: 'en' });
  });

  it('returns null for an unknown page or language', async () => {
    expect(await loader.getGuide('en', ['no-such-page'])).toBeNull();
    expect(await loader.getGuide('fr', ['about-the-local-offer'])).toBeNull();
  });

  it('rejects slugs that could reach outside the content folder', async () => {
    const attempts = [
      ['..', '..', 'package'],
      ['..', 'messages', 'en'],
      ['ehcp', '..', '..', '..', 'package.json'],
      ['%2e%2e', 'package'],
      ['ehcp/annual-reviews'],
      ['/etc/passwd'],
      ['EHCP'],
      ['ehcp', ''],
      ['about-the-local-offer.mdx'],
      [],
    ];
    for (const slug of attempts) {
      expect(isValidSlug(slug), slug.join('|')).toBe(false);
      expect(await loader.getGuide('en', slug), slug.join('|')).toBeNull();
    }
  });

  it('lists every guide in section and page order, with the reader’s language where translated', async () => {
    const guides = await loader.listGuides('ur');
    expect(guides.length).toBe(englishSlugs.length);
    const ehcp = guides.filter((g) => g.section === 'ehcp');
    expect(ehcp[0]?.path).toBe('/guides/ehcp');
    expect(ehcp.map((g) => g.order)).toEqual([...ehcp.map((g) => g.order)].sort((a, b) => a - b));
    const about = guides.find((g) => g.path === '/guides/about-the-local-offer');
    expect(about).toMatchObject({ isFallback: false, contentLocale: 'ur' });
  });

  describe('with bad metadata', () => {
    let root: string;
    beforeAll(async () => {
      root = await mkdtemp(path.join(os.tmpdir(), 'guides-'));
      await mkdir(path.join(root, 'content', 'en', 'guides'), { recursive: true });
      await writeFile(
        path.join(root, 'content', 'en', 'guides', 'broken-page.mdx'),
        '---\ntitle: A page\nsection: nowhere\n---\n\nText.\n',
      );
    });
    afterAll(async () => {
      await rm(root, { recursive: true, force: true });
    });

    it('fails with an error that names the file', async () => {
      const broken = createContentLoader(path.join(root, 'content'));
      await expect(broken.getGuide('en', ['broken-page'])).rejects.toThrow(/content\/en\/guides\/broken-page\.mdx/);
      await expect(broken.listGuides('en')).rejects.toThrow(/Invalid frontmatter/);
    });
  });
});

describe('guideFrontmatterSchema', () => {
  const valid = {
    title: 'A page',
    summary: 'What it is about.',
    section: 'ehcp',
    order: 1,
    coProduction: 'planned',
    coProducedWith: ['Birmingham Parent Carer Forum'],
    owner: 'Local Offer team',
    lastReviewed: '2026-11-22',
    reviewDue: '2027-11-22',
    sources: [{ title: 'SEND Regulations 2014', ref: 'regulation 13(2)' }],
  };

  it('accepts a review exactly 12 months later, and YAML dates', () => {
    expect(guideFrontmatterSchema.safeParse(valid).success).toBe(true);
    const yamlDates = { ...valid, lastReviewed: new Date('2026-11-22T00:00:00Z'), reviewDue: new Date('2027-05-22T00:00:00Z') };
    expect(guideFrontmatterSchema.parse(yamlDates).lastReviewed).toBe('2026-11-22');
  });

  it('rejects a review due more than 12 months later, or before the last one', () => {
    expect(guideFrontmatterSchema.safeParse({ ...valid, reviewDue: '2027-11-23' }).success).toBe(false);
    expect(guideFrontmatterSchema.safeParse({ ...valid, reviewDue: '2026-11-21' }).success).toBe(false);
  });

  it('rejects impossible dates, empty sources and unknown fields', () => {
    expect(guideFrontmatterSchema.safeParse({ ...valid, lastReviewed: '2026-02-30' }).success).toBe(false);
    expect(guideFrontmatterSchema.safeParse({ ...valid, sources: [] }).success).toBe(false);
    expect(guideFrontmatterSchema.safeParse({ ...valid, reviewed: 'yes' }).success).toBe(false);
  });

  it('does not let a page claim co-production without naming partners', () => {
    expect(guideFrontmatterSchema.safeParse({ ...valid, coProduction: 'completed', coProducedWith: [] }).success).toBe(false);
  });
});

describe('helpers', () => {
  it('adds calendar months, clamping to the end of a short month', () => {
    expect(addCalendarMonths(parseCalendarDate('2026-08-31')!, 6).toISOString().slice(0, 10)).toBe('2027-02-28');
  });

  it('makes heading ids from text in any script', () => {
    expect(headingId('If the council misses a deadline')).toBe('if-the-council-misses-a-deadline');
    expect(headingId('Section F: provision')).toBe('section-f-provision');
    expect(headingId('لوکل آفر کیا ہے')).toBe('لوکل-آفر-کیا-ہے');
  });

  it('finds Markdown and JSX links outside code blocks', () => {
    const body = 'See [a](/guides/ehcp) and <a href="/services?need=ASD">b</a>.\n```\n[c](/nowhere)\n```\n';
    expect(extractLinks(body).map((l) => l.href)).toEqual(['/guides/ehcp', '/services?need=ASD']);
  });

  it('links citations to the provision on legislation.gov.uk where it can', () => {
    expect(legalSourceUrl('SEND Regulations 2014', 'regulation 13(2)')).toBe(
      'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13',
    );
    expect(legalSourceUrl('Children and Families Act 2014', 'section 36(1) and (8)')).toBe(
      'https://www.legislation.gov.uk/ukpga/2014/6/section/36',
    );
    expect(legalSourceUrl('SEND Regulations 2014', 'regulations 32 to 42')).toBe(
      'https://www.legislation.gov.uk/uksi/2014/1530/contents',
    );
    expect(legalSourceUrl('SEND Code of Practice 2015', 'paragraph 9.14')).toBe(
      'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
    );
    expect(legalSourceUrl('A document nobody has heard of')).toBeUndefined();
  });
});
