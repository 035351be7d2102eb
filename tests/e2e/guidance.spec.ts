import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The guidance extras: glossary terms explained in place, live links into the directory, site
// search across guidance and services, and the statutory map. Each must work from the keyboard
// and without JavaScript, and pass axe in English and in Urdu (right to left).

const TIMELINE = '/en/guides/ehcp/the-20-week-timeline';
const AUTISM = '/en/guides/neurodevelopmental-pathway';

/** The first <Term> for a glossary id on the page: its link, its button and its popover. */
function term(page: Page, id: string) {
  const button = page.locator(`button[popovertarget^="term-${id}-"]`).first();
  return {
    link: page.locator(`a[href$="/guides/glossary#${id}"]`).first(),
    button,
    popover: page.locator(`[popover][id^="term-${id}-"]`).first(),
  };
}

async function searchFor(page: Page, words: string) {
  await page.goto('/en/search');
  await page.getByRole('searchbox', { name: 'Search this site' }).last().fill(words);
  await page.getByRole('searchbox', { name: 'Search this site' }).last().press('Enter');
  await expect(page).toHaveURL(new RegExp(`/en/search\\?q=${encodeURIComponent(words).replace(/%20/g, '\\+')}$`));
}

function group(page: Page, name: 'Guidance' | 'Services') {
  return page.getByRole('region', { name });
}

async function groupOrder(page: Page): Promise<string[]> {
  return page.locator('main section[aria-labelledby$="-results-heading"] h2').allTextContents();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a glossary term opens its definition from the keyboard, closes with Escape, and links to the glossary', async ({ page }) => {
      await page.goto(TIMELINE);
      const ehcna = term(page, 'ehcna');
      await expect(ehcna.popover).toBeHidden();
      await ehcna.link.focus();
      await page.keyboard.press('Tab');
      await expect(ehcna.button).toBeFocused();
      await expect(ehcna.button).toHaveAccessibleName('What does EHCNA mean?');
      await page.keyboard.press('Enter');
      await expect(ehcna.popover).toBeVisible();
      await expect(ehcna.popover).toContainText('education, health and care needs assessment');
      await expect(ehcna.popover).toContainText('within 6 weeks');
      await page.keyboard.press('Escape');
      await expect(ehcna.popover).toBeHidden();

      await ehcna.link.click();
      await expect(page).toHaveURL(/\/en\/guides\/glossary#ehcna$/);
      await expect(page.locator('dt#ehcna')).toContainText('EHCNA');
      await expect(page.locator('dt#ehcna + dd')).toContainText('Children and Families Act 2014, section 36');
    });

    test('site search finds the annual reviews guide, guidance first', async ({ page }) => {
      await searchFor(page, 'annual review');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('annual review');
      await expect(group(page, 'Guidance').getByRole('link', { name: 'Annual reviews' })).toBeVisible();
      expect(await groupOrder(page)).toEqual(['Guidance', 'Services']);
    });

    test('site search finds speech therapy services, services first, with a link to all of them', async ({ page }) => {
      await searchFor(page, 'speech therapy');
      const services = group(page, 'Services');
      await expect(services.locator('li h3 a').first()).toContainText(/speech/i);
      expect(await groupOrder(page)).toEqual(['Services', 'Guidance']);
      const seeAll = services.getByRole('link', { name: /^See all \d+ services for/ });
      const total = Number(/See all (\d+)/.exec((await seeAll.textContent()) ?? '')?.[1]);
      await seeAll.click();
      await expect(page).toHaveURL(/\/en\/services\?q=speech\+therapy$/);
      await expect(page.locator('#results-heading')).toContainText(`${total} services found`);
    });
  });
}

test('the print button appears only when JavaScript can print', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(TIMELINE);
    await expect(page.getByRole('button', { name: 'Print this page' })).toHaveCount(javaScriptEnabled ? 1 : 0);
    await context.close();
  }
});

test('a related services link shows how many services it finds and leads to exactly those', async ({ page }) => {
  await page.goto(AUTISM);
  const link = page.locator('a[data-related-services]').first();
  await expect(link).toHaveAttribute('href', '/en/services?need=ASD');
  const text = (await link.textContent()) ?? '';
  const count = Number(/\((\d+) services?\)$/.exec(text)?.[1]);
  expect(count).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/en\/services\?need=ASD$/);
  await expect(page.locator('#results-heading')).toHaveText(`${count} services found`);
});

test('the 20-week page shows its stages as an ordered timeline', async ({ page }) => {
  await page.goto(TIMELINE);
  const stages = page.locator('h2:has-text("Stage by stage") + ol > li');
  await expect(stages).toHaveCount(6);
  await expect(stages.first().getByRole('heading', { level: 3 })).toHaveText('Week 0: The council receives the request');
  await expect(stages.last().getByRole('heading', { level: 3 })).toHaveText('By the end of week 20: The final plan');
});

test('site search says calmly when there is nothing to search for, or nothing found', async ({ page }) => {
  const empty = await page.goto('/en/search');
  expect(empty?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'What are you looking for?' })).toBeVisible();
  await page.goto('/en/search?q=zzqxjvwk');
  await expect(page.getByRole('heading', { name: /Nothing matches/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'all our guidance' })).toHaveAttribute('href', '/en/guides');
});

test('the statutory map lists every requirement, what answers it, and the gaps', async ({ page }) => {
  await page.goto('/en/guides/statutory-map');
  const table = page.getByRole('table', { name: 'Requirements and what answers them' });
  await expect(table.locator('tbody tr')).toHaveCount(21);
  const information = table.locator('tr#sch2-para15');
  await expect(information.getByRole('link', { name: 'About the Local Offer' })).toBeVisible();
  await expect(information.getByRole('link', { name: /^Advice and information services \(\d+ services?\)$/ })).toBeVisible();
  await expect(information).toContainText('Answered');
  await expect(table.locator('tr#sch2-para2')).toContainText('Gap');
  const gaps = await table.locator('tbody tr').filter({ hasText: /Gap$/ }).count();
  expect(gaps).toBeGreaterThan(0);
  await expect(page.getByText(new RegExp(`^${gaps} requirements are gaps`))).toBeVisible();
});

for (const locale of ['en', 'ur'] as const) {
  test.describe(`accessibility (${locale})`, () => {
    const pages: [string, string][] = [
      ['a guide page with terms and a timeline', `/${locale}/guides/ehcp/the-20-week-timeline`],
      ['a guide page with directory links', `/${locale}/guides/neurodevelopmental-pathway`],
      ['the glossary', `/${locale}/guides/glossary`],
      ['site search results', `/${locale}/search?q=annual+review`],
      ['site search with no words', `/${locale}/search`],
      ['site search with no results', `/${locale}/search?q=zzqxjvwk`],
      ['the statutory map', `/${locale}/guides/statutory-map`],
    ];
    for (const [name, path] of pages) {
      test(`${name} has no accessibility violations`, async ({ page, axe }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await axe();
      });
    }

    test('an open glossary definition has no accessibility violations', async ({ page, axe }) => {
      await page.goto(`/${locale}/guides/ehcp/the-20-week-timeline`);
      const senar = term(page, 'senar');
      await senar.button.click();
      await expect(senar.popover).toBeVisible();
      await axe();
    });
  });
}
