// Listings are written in English (names, summaries, descriptions, addresses). On an Urdu or
// Arabic page these attributes make screen readers switch to an English voice and lay the text
// out left to right, so full stops and brackets land where they belong.
export const listingText = { lang: 'en', dir: 'auto' } as const;
