import { describe, expect, it } from 'vitest';
import { STATUTORY_MAP } from '../../content/statutory-map';
import { relatedServicesQuery } from './related-services';
import { listStatutoryItems, statutoryItemIds, statutoryMapSchema } from './statutory-map';

describe('the statutory map', () => {
  it('covers every paragraph of Schedule 2 and regulations 54 to 57, in order, with stable ids', () => {
    const ids = statutoryItemIds();
    const paragraphs = ids.filter((id) => id.startsWith('sch2-para')).map((id) => Number(id.slice('sch2-para'.length)));
    expect(paragraphs).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(ids.filter((id) => id.startsWith('reg'))).toEqual(['reg54', 'reg55', 'reg56', 'reg57']);
  });

  it('cites each requirement, linking to the provision', () => {
    for (const item of listStatutoryItems()) {
      expect(item.source.title, item.id).toBe('SEND Regulations 2014');
      if (item.id.startsWith('sch2-para')) {
        const n = item.id.slice('sch2-para'.length);
        expect(item.source.ref).toBe(`Schedule 2, paragraph ${n}`);
        expect(item.source.url).toBe(`https://www.legislation.gov.uk/uksi/2014/1530/schedule/2/paragraph/${n}`);
      } else {
        expect(item.source.ref).toBe(`regulation ${item.id.slice(3)}`);
      }
    }
  });

  it('lists only directory searches the directory understands', () => {
    for (const item of listStatutoryItems()) {
      for (const search of item.directory) expect(() => relatedServicesQuery(search.filters), `${item.id}: ${search.label}`).not.toThrow();
    }
  });

  it('rejects duplicate ids, bad filters and missing citations', () => {
    const [first] = STATUTORY_MAP;
    expect(statutoryMapSchema.safeParse([first, first]).success).toBe(false);
    expect(statutoryMapSchema.safeParse([{ ...first, directory: [{ label: 'x', filters: { age: 99 } }] }]).success).toBe(false);
    expect(statutoryMapSchema.safeParse([{ ...first, directory: [{ label: 'x', filters: { colour: 'red' } }] }]).success).toBe(false);
    expect(statutoryMapSchema.safeParse([{ ...first, source: { title: 'SEND Regulations 2014' } }]).success).toBe(false);
  });
});
