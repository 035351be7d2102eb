import { describe, expect, it } from 'vitest';
import { FACET_ATTRIBUTES, SEARCH_INDEX_SETTINGS, settingsFingerprint } from './settings';

describe('SEARCH_INDEX_SETTINGS', () => {
  it('can filter on every facet attribute and on the fields search filters use', () => {
    for (const attribute of Object.values(FACET_ATTRIBUTES)) {
      expect(SEARCH_INDEX_SETTINGS.filterableAttributes).toContain(attribute);
    }
    expect(SEARCH_INDEX_SETTINGS.filterableAttributes).toEqual(expect.arrayContaining(['ages', '_geo', 'isSample']));
    expect(SEARCH_INDEX_SETTINGS.sortableAttributes).toEqual(['nameSort', 'lastReviewedTs', '_geo']);
  });

  it('ranks a name match above needs, summary and organisation', () => {
    const order = SEARCH_INDEX_SETTINGS.searchableAttributes;
    expect(order[0]).toBe('name');
    expect(order.indexOf('needLabels')).toBeLessThan(order.indexOf('summary'));
    expect(order.indexOf('summary')).toBeLessThan(order.indexOf('organisation'));
  });
});

describe('settingsFingerprint', () => {
  it('is stable and ignores key order', () => {
    expect(settingsFingerprint()).toBe(settingsFingerprint());
    expect(settingsFingerprint({ searchableAttributes: ['a'], sortableAttributes: ['b'] })).toBe(
      settingsFingerprint({ sortableAttributes: ['b'], searchableAttributes: ['a'] }),
    );
  });

  it('changes when a setting changes', () => {
    const changed = { ...SEARCH_INDEX_SETTINGS, pagination: { maxTotalHits: 1000 } };
    expect(settingsFingerprint(changed)).not.toBe(settingsFingerprint());
    expect(settingsFingerprint({ searchableAttributes: ['a', 'b'] })).not.toBe(settingsFingerprint({ searchableAttributes: ['b', 'a'] }));
  });
});
