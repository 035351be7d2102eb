// First-strong isolate (U+2068 … U+2069): a value inserted into a sentence (a postcode, a search
// word, a phone number) keeps its own direction inside Urdu or Arabic text instead of reordering
// the words around it. The plain-text counterpart of <bdi>, for places that only take strings.
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}
