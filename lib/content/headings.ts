// Heading ids are derived from the heading's text, the same way on both sides: when MDX renders a
// heading (components/mdx) and when the page lists its sections ("On this page"). Letters of any
// script are kept, so Urdu and Arabic headings get readable ids too.

export function headingId(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

/** Plain text of a Markdown heading line: links, emphasis and code marks removed. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`~]/g, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}

export interface PageHeading {
  id: string;
  text: string;
  depth: number;
}

/** The page's headings of the given depths, in order, skipping fenced code blocks. */
export function extractHeadings(body: string, depths: readonly number[] = [2]): PageHeading[] {
  const headings: PageHeading[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker[0]!.repeat(marker.length);
      else if (marker.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length;
    if (!depths.includes(depth)) continue;
    const text = headingText(match[2]!);
    headings.push({ id: headingId(text), text, depth });
  }
  return headings;
}
