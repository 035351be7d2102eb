import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// axe (WCAG 2.2 A and AA) on every kind of page the site has, in English and in a right-to-left
// language, at desktop and phone widths. Zero violations is the bar.

const LOCALES = ['en', 'ur'] as const;

async function firstServicePath(page: Page, locale: string): Promise<string> {
  await page.goto(`/${locale}/services`);
  const href = await page.locator('#results-heading ~ ol article h3 a').first().getAttribute('href');
  if (!href) throw new Error('No service link on the results page');
  return href;
}

async function firstGuidePath(page: Page, locale: string): Promise<string> {
  await page.goto(`/${locale}/guides`);
  const links = page.getByRole('main').locator(`a[href^="/${locale}/guides/"]`);
  const href = await links.first().getAttribute('href');
  if (!href) throw new Error('No guide link on the guidance page');
  return href;
}

for (const locale of LOCALES) {
  test.describe(`${locale}`, () => {
    const pages: [string, string][] = [
      ['home', `/${locale}`],
      ['services with results', `/${locale}/services`],
      ['services with a keyword and filters', `/${locale}/services?q=speech&need=SLCN&district=erdington&age=7`],
      ['services with zero results', `/${locale}/services?q=zzzzqqqxxyy`],
      ['services with an ignored parameter', `/${locale}/services?sort=sideways&page=9999`],
      ['services with an age error', `/${locale}/services?age=40`],
      ['services, page 2', `/${locale}/services?page=2`],
      ['guidance index', `/${locale}/guides`],
    ];
    // One page in each of the languages' directions: the privacy notice (a table) and an English fallback.
    if (locale === 'en') pages.push(['privacy notice', '/en/guides/privacy']);
    if (locale === 'ur') pages.push(['an untranslated guide shown in English', '/ur/guides/preparing-for-adulthood']);

    for (const [name, path] of pages) {
      test(`${name} has no accessibility violations`, async ({ page, axe }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await axe();
      });
    }

    test('a service page has no accessibility violations', async ({ page, axe }) => {
      const path = await firstServicePath(page, locale);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await axe();
    });

    test('the shortlist, empty, with services and shared, has no accessibility violations', async ({ page, context, axe, baseURL }) => {
      const path = await firstServicePath(page, locale);
      const id = path.split('/').pop() ?? '';
      await page.goto(`/${locale}/shortlist`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await axe();
      await context.addCookies([{ name: 'shortlist', value: id, url: baseURL }]);
      await page.goto(`/${locale}/shortlist`);
      await expect(page.locator('main article')).toHaveCount(1);
      await axe();
      await context.clearCookies();
      await page.goto(`/${locale}/shortlist?ids=${id}`);
      await expect(page.locator('main article')).toHaveCount(1);
      await axe();
    });

    test('the report form, with errors and sent, has no accessibility violations', async ({ page, axe }) => {
      const path = await firstServicePath(page, locale);
      await page.goto(`${path}/report`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await axe();
      const submit = page.locator('main form button[type="submit"]');
      await submit.click();
      await expect(page.locator('#error-summary')).toBeFocused();
      await axe();
      await page.locator('#reason').check();
      await page.locator('#contactEmail').fill('parent@example.com');
      await submit.click();
      await expect(page).toHaveURL(/\/report\/confirmation$/);
      await axe();
    });

    test('a guide page has no accessibility violations', async ({ page, axe }) => {
      const path = await firstGuidePath(page, locale);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await axe();
    });

    test('the not-found pages have no accessibility violations', async ({ page, axe }) => {
      for (const path of [`/${locale}/no-such-page`, `/${locale}/services/not-a-uuid`, `/${locale}/services/00000000-0000-4000-8000-000000000000`]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await axe();
      }
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 375, height: 800 } });

      test('services with filters folded away and opened have no violations', async ({ page, axe }) => {
        await page.goto(`/${locale}/services?need=ASD`);
        await axe();
        await page.locator('details.filter-panel > summary').click();
        await axe();
      });

      test('a service page has no violations', async ({ page, axe }) => {
        await page.goto(await firstServicePath(page, locale));
        await axe();
      });

      test('the shortlist and the report form have no violations', async ({ page, context, axe, baseURL }) => {
        const path = await firstServicePath(page, locale);
        await context.addCookies([{ name: 'shortlist', value: path.split('/').pop() ?? '', url: baseURL }]);
        await page.goto(`/${locale}/shortlist`);
        await expect(page.locator('main article')).toHaveCount(1);
        await axe();
        await page.goto(`${path}/report`);
        await axe();
      });
    });
  });
}

test('the language-neutral not-found page has no accessibility violations', async ({ page, axe }) => {
  const response = await page.goto('/no-such-file.txt');
  expect(response?.status()).toBe(404);
  await axe();
});
