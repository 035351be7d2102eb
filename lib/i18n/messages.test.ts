import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';

// Every language has exactly the keys of en.json, every message parses as ICU, and each one uses
// the same placeholders and tags as the English (a translation must not drop {count}).

const dir = path.join(process.cwd(), 'content/messages');
type Tree = { [key: string]: string | Tree };

function load(code: string): Tree {
  return JSON.parse(readFileSync(path.join(dir, `${code}.json`), 'utf8')) as Tree;
}

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

function signature(message: string): string {
  const args = new Set([...message.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g)].map((m) => m[1]));
  const tags = new Set([...message.matchAll(/<\/?([A-Za-z][A-Za-z0-9]*)>/g)].map((m) => m[1]));
  return `${[...args].sort().join(',')}|${[...tags].sort().join(',')}`;
}

const english = leaves(load('en'));

describe('messages files', () => {
  it('exist for exactly the configured languages', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(LOCALES.map((l) => l.code).sort());
  });

  for (const { code } of LOCALES) {
    describe(code, () => {
      const messages = leaves(load(code));

      it('has the same keys as en.json', () => {
        expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has messages that parse and keep the English placeholders', () => {
        const problems: string[] = [];
        for (const [key, message] of messages) {
          try {
            new IntlMessageFormat(message, code);
          } catch (error) {
            problems.push(`${key}: ${(error as Error).message}`);
          }
          const source = english.get(key);
          if (source !== undefined && signature(source) !== signature(message)) problems.push(`${key}: placeholders differ`);
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
