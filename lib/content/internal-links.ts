// Finds the links in a guide's MDX source so the tests can check that every internal link
// leads somewhere: a guide that exists, or a directory search the site understands.

export interface ContentLink {
  href: string;
  line: number;
}

const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const JSX_HREF = /\bhref=(?:"([^"]+)"|'([^']+)'|\{\s*["'`]([^"'`]+)["'`]\s*\})/g;

/** Every link target written in the source, outside fenced code blocks. */
export function extractLinks(body: string): ContentLink[] {
  const links: ContentLink[] = [];
  let inFence = false;
  body.split(/\r?\n/).forEach((text, index) => {
    if (/^\s*(`{3,}|~{3,})/.test(text)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    for (const match of text.matchAll(MARKDOWN_LINK)) links.push({ href: match[1]!, line: index + 1 });
    for (const match of text.matchAll(JSX_HREF)) {
      links.push({ href: (match[1] ?? match[2] ?? match[3])!, line: index + 1 });
    }
  });
  return links;
}

export function isInternalHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}
