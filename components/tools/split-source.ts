/**
 * Splits a citation such as "SEND Regulations 2014, regulation 5(1)" into the document and the
 * place within it, the two parts the SourceRef component links separately.
 */
export function splitSource(citation: string): { source: string; at?: string } {
  const comma = citation.indexOf(', ');
  if (comma === -1) return { source: citation };
  return { source: citation.slice(0, comma), at: citation.slice(comma + 2) };
}
