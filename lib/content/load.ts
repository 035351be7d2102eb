import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache } from 'react';
import matter from 'gray-matter';
import { z } from 'zod';
import { DEFAULT_LOCALE, isAppLocale, type AppLocale } from '@/lib/i18n/locales';
import { GUIDE_SECTIONS, guideFrontmatterSchema, type GuideFrontmatter, type GuideSection } from './frontmatter';
import { guidePath, isValidSlug } from './slug';

/** content/ at the project root; the dev server, the build and the tests all run from there. */
export const CONTENT_ROOT = path.join(process.cwd(), 'content');
const GUIDES_DIR = 'guides';

export interface GuideSummary {
  slug: string[];
  /** Site path without the locale prefix, e.g. `/guides/ehcp/annual-reviews`. */
  path: string;
  title: string;
  summary: string;
  section: GuideSection;
  order: number;
  /** The language the text is in: English when the page is not yet translated. */
  contentLocale: AppLocale;
  /** True when the requested language has no version and English is shown instead. */
  isFallback: boolean;
  /** Ids of the statutory requirements the page helps meet (content/statutory-map.ts). */
  answers: string[];
}

export interface Guide extends GuideSummary {
  frontmatter: GuideFrontmatter;
  /** MDX source without the frontmatter. */
  body: string;
  /** Path of the source file relative to the project root, for error messages and editing links. */
  file: string;
}

export interface ContentLoader {
  getGuide(locale: string, slugParts: readonly string[]): Promise<Guide | null>;
  listGuides(locale: string): Promise<GuideSummary[]>;
  listGuideSlugs(): Promise<string[][]>;
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') {
      return null;
    }
    throw error;
  }
}

/** Parses and validates one guide file; throws an error naming the file when its metadata is wrong. */
export function parseGuideSource(source: string, file: string): { frontmatter: GuideFrontmatter; body: string } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options skips gray-matter's module-level cache, which keeps every version of every
    // file it has seen for the life of the process (every edit, in a long-running dev server).
    parsed = matter(source, {});
  } catch (error) {
    throw new Error(`Unreadable frontmatter in ${file}: ${(error as Error).message}`, { cause: error });
  }
  const result = guideFrontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    throw new Error(`Invalid frontmatter in ${file}:\n${z.prettifyError(result.error)}`);
  }
  return { frontmatter: result.data, body: parsed.content };
}

function sectionRank(section: GuideSection): number {
  return GUIDE_SECTIONS.indexOf(section);
}

export function compareGuides(a: GuideSummary, b: GuideSummary): number {
  return sectionRank(a.section) - sectionRank(b.section) || a.order - b.order || a.path.localeCompare(b.path);
}

export function createContentLoader(root: string): ContentLoader {
  const relative = (file: string) => path.relative(path.dirname(root), file).split(path.sep).join('/');

  async function readGuideFile(locale: AppLocale, slugParts: readonly string[]) {
    const base = path.join(root, locale, GUIDES_DIR, ...slugParts);
    for (const file of [`${base}.mdx`, path.join(base, 'index.mdx')]) {
      const source = await readIfExists(file);
      if (source !== null) return { file: relative(file), source };
    }
    return null;
  }

  async function getGuide(locale: string, slugParts: readonly string[]): Promise<Guide | null> {
    if (!isAppLocale(locale) || !isValidSlug(slugParts)) return null;
    let found = await readGuideFile(locale, slugParts);
    let contentLocale: AppLocale = locale;
    if (!found && locale !== DEFAULT_LOCALE) {
      found = await readGuideFile(DEFAULT_LOCALE, slugParts);
      contentLocale = DEFAULT_LOCALE;
    }
    if (!found) return null;
    const { frontmatter, body } = parseGuideSource(found.source, found.file);
    return {
      slug: [...slugParts],
      path: guidePath(slugParts),
      title: frontmatter.title,
      summary: frontmatter.summary,
      section: frontmatter.section,
      order: frontmatter.order,
      contentLocale,
      isFallback: contentLocale !== locale,
      answers: frontmatter.answers ?? [],
      frontmatter,
      body,
      file: found.file,
    };
  }

  // English is the complete set: every page exists in English first, translations follow.
  async function listGuideSlugs(): Promise<string[][]> {
    const dir = path.join(root, DEFAULT_LOCALE, GUIDES_DIR);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const slugs: string[][] = [];
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
      const parts = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep);
      const last = parts.pop()!.replace(/\.mdx$/, '');
      if (last !== 'index') parts.push(last);
      if (!isValidSlug(parts)) {
        throw new Error(`Guide file name ${relative(path.join(entry.parentPath, entry.name))} is not a valid slug: use lower-case words joined by hyphens`);
      }
      slugs.push(parts);
    }
    return slugs.sort((a, b) => a.join('/').localeCompare(b.join('/')));
  }

  async function listGuides(locale: string): Promise<GuideSummary[]> {
    if (!isAppLocale(locale)) return [];
    const guides = await Promise.all((await listGuideSlugs()).map((slug) => getGuide(locale, slug)));
    return guides
      .filter((guide): guide is Guide => guide !== null)
      .map(({ slug, path: guidePathValue, title, summary, section, order, contentLocale, isFallback, answers }) => ({
        slug,
        path: guidePathValue,
        title,
        summary,
        section,
        order,
        contentLocale,
        isFallback,
        answers,
      }))
      .sort(compareGuides);
  }

  return { getGuide, listGuides, listGuideSlugs };
}

const loader = createContentLoader(CONTENT_ROOT);

/**
 * The guide at content/<locale>/guides/<slug>.mdx (or <slug>/index.mdx), falling back to the
 * English page with `isFallback: true`. Null for an unknown page or an invalid slug or locale.
 * Throws, naming the file, when the page's metadata is invalid, so a bad page fails the build.
 */
export async function getGuide(locale: string, slugParts: readonly string[]): Promise<Guide | null> {
  if (!isValidSlug(slugParts)) return null;
  return getGuideByKey(locale, slugParts.join('/'));
}

// React's cache compares arguments by identity, so the slug is cached as one string.
const getGuideByKey = cache((locale: string, slugKey: string) => loader.getGuide(locale, slugKey.split('/')));

/** Every guide in the locale's language where translated, in section and page order. */
export const listGuides = cache((locale: string) => loader.listGuides(locale));

/** Every guide's slug (from the English set, which is complete). */
export const listGuideSlugs = cache(() => loader.listGuideSlugs());
