import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** What `next build` compiles: a change to any of these after the build means it measures old code. */
export const BUILD_INPUTS = ['app', 'components', 'content', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'package.json'];

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.next', 'generated']);

export interface SourceChange {
  file: string;
  changedAt: Date;
}

async function newestUnder(entry: string, newest: SourceChange | null): Promise<SourceChange | null> {
  let info;
  try {
    info = await stat(entry);
  } catch {
    return newest;
  }
  if (info.isFile()) return !newest || info.mtime > newest.changedAt ? { file: entry, changedAt: info.mtime } : newest;
  if (!info.isDirectory()) return newest;
  let current = newest;
  for (const child of await readdir(entry, { withFileTypes: true })) {
    if (child.isDirectory() && SKIPPED_DIRECTORIES.has(child.name)) continue;
    // Test files are not part of the build.
    if (/\.(test|spec)\.tsx?$/.test(child.name)) continue;
    current = await newestUnder(path.join(entry, child.name), current);
  }
  return current;
}

/**
 * The newest source file changed after the production build in `.next`, or null when the build is
 * at least as new as every input (or there is no build to compare with).
 */
export async function findChangeAfterBuild(projectRoot: string): Promise<SourceChange | null> {
  let builtAt: Date;
  try {
    builtAt = (await stat(path.join(projectRoot, '.next', 'BUILD_ID'))).mtime;
  } catch {
    return null;
  }
  let newest: SourceChange | null = null;
  for (const input of BUILD_INPUTS) newest = await newestUnder(path.join(projectRoot, input), newest);
  return newest && newest.changedAt > builtAt ? { file: path.relative(projectRoot, newest.file), changedAt: newest.changedAt } : null;
}
