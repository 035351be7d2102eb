import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from '@playwright/test';

/** WCAG 2.2 AA as axe tags it (target size, 2.5.8, is only checked under `wcag22aa`). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** Only check inside this selector (e.g. a dialog that just opened). */
  include?: string;
  /** Leave these selectors out, e.g. third-party embeds we do not control. */
  exclude?: string[];
}

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One readable paragraph per violation: rule, impact, help link, and each offending element. */
export function formatViolation(violation: AxeViolation): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
    return `  - ${node.target.join(' ')}\n    ${node.html}\n    ${summary}`;
  });
  return [`[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`, `  ${violation.helpUrl}`, ...nodes].join('\n');
}

interface Fixtures {
  /** Runs axe on the current page state and fails the test on any WCAG 2.2 A/AA violation. */
  axe: (options?: AxeOptions) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  axe: async ({ page }, use, testInfo) => {
    await use(async (options = {}) => {
      let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
      if (options.include) builder = builder.include(options.include);
      for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
      const { violations } = await builder.analyze();
      if (violations.length > 0) {
        await testInfo.attach('axe-violations.json', {
          body: JSON.stringify(violations, null, 2),
          contentType: 'application/json',
        });
      }
      expect(violations.map(formatViolation), `accessibility violations on ${page.url()}`).toEqual([]);
    });
  },
});

export { expect };
