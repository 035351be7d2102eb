// Guide slugs come straight from the URL and become file paths, so only lower-case words
// joined by single hyphens get through: no dots, slashes, encoded characters or empty parts,
// and therefore no way to climb out of content/.

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SEGMENTS = 4;
const MAX_SEGMENT_LENGTH = 80;

export function isValidSlugSegment(segment: string): boolean {
  return segment.length <= MAX_SEGMENT_LENGTH && SEGMENT.test(segment);
}

export function isValidSlug(slugParts: readonly string[]): boolean {
  return slugParts.length >= 1 && slugParts.length <= MAX_SEGMENTS && slugParts.every(isValidSlugSegment);
}

/** The site path of a guide without the locale prefix, e.g. `/guides/ehcp/annual-reviews`. */
export function guidePath(slugParts: readonly string[]): string {
  return `/guides/${slugParts.join('/')}`;
}
