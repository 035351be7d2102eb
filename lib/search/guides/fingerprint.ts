import 'server-only';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LOCALE_CODES } from '@/lib/i18n/locales';
import { GUIDE_DOCUMENT_VERSION, GUIDES_INDEX_SETTINGS } from './settings';

/** Every guide file under content/<locale>/guides, as paths relative to the content folder. */
async function guideFiles(contentRoot: string): Promise<string[]> {
  const files: string[] = [];
  for (const locale of LOCALE_CODES) {
    const dir = path.join(contentRoot, locale, 'guides');
    let entries: string[];
    try {
      entries = await readdir(dir, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of entries) if (entry.endsWith('.mdx')) files.push(path.join(locale, 'guides', entry));
  }
  return files.map((f) => f.split(path.sep).join('/')).sort();
}

/**
 * A hash of everything the guidance index is built from: every guide file (name and contents),
 * the site's languages, the index settings (which include the glossary's synonyms) and the
 * document version. Equal hashes mean the index is already right, so a start-up costs one
 * read of a few dozen small files.
 */
export async function guidesFingerprint(contentRoot: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: GUIDE_DOCUMENT_VERSION, locales: LOCALE_CODES, settings: GUIDES_INDEX_SETTINGS }));
  for (const file of await guideFiles(contentRoot)) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(path.join(contentRoot, file)));
  }
  return hash.digest('hex').slice(0, 32);
}
