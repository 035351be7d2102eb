import { describe, expect, it } from 'vitest';
import en from '@/content/messages/en.json';
import ur from '@/content/messages/ur.json';
import { createTaxonomyLabeller } from './taxonomy-labels';

describe('createTaxonomyLabeller', () => {
  it('uses the translation when there is one', () => {
    expect(createTaxonomyLabeller(ur.Taxonomy)('need', 'ASD')).toBe(ur.Taxonomy.need.ASD);
  });

  it('falls back to the database name for a term added since the translations', () => {
    const label = createTaxonomyLabeller(en.Taxonomy, { type: [{ code: 'sports-clubs', name: 'Sports clubs' }] });
    expect(label('type', 'sports-clubs')).toBe('Sports clubs');
  });

  it('falls back to the code when nothing else is known', () => {
    expect(createTaxonomyLabeller(en.Taxonomy)('district', 'nowhere')).toBe('nowhere');
  });
});
