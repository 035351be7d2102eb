import { z } from 'zod';
import { STATUTORY_MAP } from '../../content/statutory-map';
import { guideSourceSchema } from './frontmatter';
import { relatedServicesQuery, RELATED_SERVICES_FILTERS } from './related-services';

// What the law says a Local Offer must publish (Children and Families Act 2014, section 30; the
// SEND Regulations 2014, regulations 53 to 57 and Schedule 2), as data: each requirement has a
// stable id that guide pages name in their frontmatter (`answers: [sch2-para15]`) and the
// directory searches that answer it. The statutory map page joins the three, so editors and
// inspectors can see what is covered and, above all, what is not.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const nonEmpty = z.string().trim().min(1);

const directoryFilterSchema = z
  .object({
    /** What the search finds, in English: "Health and therapy services". */
    label: nonEmpty.max(120),
    /** The directory's own URL parameters, as <RelatedServices> takes them. */
    filters: z.partialRecord(z.enum(RELATED_SERVICES_FILTERS), z.union([nonEmpty, z.number()])),
  })
  .strict()
  .superRefine((value, ctx) => {
    try {
      relatedServicesQuery(value.filters);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['filters'], message: (error as Error).message });
    }
  });

export const statutoryItemSchema = z
  .object({
    /** Stable id: `sch2-para<N>` for Schedule 2 paragraphs, `reg<N>` for regulations. */
    id: z.string().regex(ID),
    /** Where the duty is: the instrument and the pinpoint, cited like any other source. */
    source: guideSourceSchema.required({ ref: true }),
    /** Short plain-English name of what must be published. */
    title: nonEmpty.max(120),
    /** A sentence or two: what the requirement covers, in our words, not the law's. */
    summary: nonEmpty.max(600),
    /**
     * Whether an editor has checked the summary against the text on legislation.gov.uk. The
     * page says so when not: a map for inspectors must not look surer than it is.
     */
    checked: z.boolean(),
    /** Directory searches that answer the requirement. */
    directory: z.array(directoryFilterSchema).default([]),
  })
  .strict();

export const statutoryMapSchema = z.array(statutoryItemSchema).superRefine((items, ctx) => {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Duplicate id "${item.id}"` });
    seen.add(item.id);
  });
});

export type StatutoryItem = z.infer<typeof statutoryItemSchema>;
export type StatutoryItemInput = z.input<typeof statutoryItemSchema>;
export type StatutoryDirectoryFilter = z.infer<typeof directoryFilterSchema>;

function parseStatutoryMap(): StatutoryItem[] {
  const result = statutoryMapSchema.safeParse(STATUTORY_MAP);
  if (!result.success) throw new Error(`Invalid content/statutory-map.ts:\n${z.prettifyError(result.error)}`);
  return result.data;
}

const items = parseStatutoryMap();

/** Every requirement, in the order of the law. */
export function listStatutoryItems(): readonly StatutoryItem[] {
  return items;
}

export function statutoryItemIds(): string[] {
  return items.map((item) => item.id);
}
