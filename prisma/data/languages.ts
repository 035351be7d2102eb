// Languages services in Birmingham commonly offer besides English, with the English name stored
// in `language.name`. Codes are ISO 639-1 and are the values of the `language` search filter.
// `weight` is how often sample services offer each one, loosely following the languages most
// spoken at home in the city.

export interface LanguageData {
  code: string;
  name: string;
  weight: number;
}

export const ENGLISH: LanguageData = { code: 'en', name: 'English', weight: 0 };

export const COMMUNITY_LANGUAGES: readonly LanguageData[] = [
  { code: 'ur', name: 'Urdu', weight: 10 },
  { code: 'pa', name: 'Punjabi', weight: 7 },
  { code: 'bn', name: 'Bengali', weight: 5 },
  { code: 'ar', name: 'Arabic', weight: 4 },
  { code: 'so', name: 'Somali', weight: 3 },
  { code: 'pl', name: 'Polish', weight: 3 },
  { code: 'ro', name: 'Romanian', weight: 2 },
];

export const LANGUAGES: readonly LanguageData[] = [ENGLISH, ...COMMUNITY_LANGUAGES];
