// Structured data (schema.org) for search engines, as a JSON-LD data block.

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for inside a <script> element. Listing text comes from providers: a "</script>" or "<!--"
 * in a description must not end the block early or open a comment, so <, > and & are written as
 * JSON unicode escapes (the same data to a JSON parser). U+2028/2029 are escaped for old parsers
 * that treat them as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return (JSON.stringify(data) ?? 'null').replace(/[<>&\u2028\u2029]/g, (char) => ESCAPES[char] ?? char);
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
