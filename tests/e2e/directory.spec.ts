import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The directory beyond search itself: results that update in place with JavaScript (and the same
// behaviour without it), the shortlist, "Report a problem with this listing" and what a service
// page gives search engines and printers.

/** Reads the number from "123 services found" (or "1 service found"). */
async function resultTotal(page: Page): Promise<number> {
  const text = (await page.locator('#results-heading').textContent()) ?? '';
  if (/No services found/.test(text)) return 0;
  const match = /([\d,]+) services? found/.exec(text);
  if (!match?.[1]) throw new Error(`No result count in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** Reads the count shown beside a filter option: "Autism (23)". */
async function optionCount(label: Locator): Promise<number> {
  const match = /\(([\d,]+)\)\s*$/.exec(((await label.textContent()) ?? '').trim());
  if (!match?.[1]) throw new Error('No count on filter option');
  return Number(match[1].replace(/,/g, ''));
}

function firstResult(page: Page): Locator {
  return page.locator('#results-heading ~ ol article').first();
}

async function firstServicePath(page: Page, locale = 'en'): Promise<{ path: string; name: string }> {
  await page.goto(`/${locale}/services`);
  const link = firstResult(page).locator('h3 a');
  const path = await link.getAttribute('href');
  if (!path) throw new Error('No service link on the results page');
  return { path, name: ((await link.textContent()) ?? '').trim() };
}

/** Marks the page's window: the mark is gone after a full page load, and stays through in-place updates. */
async function markWindow(page: Page) {
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
}

async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

test.describe('results update in place with JavaScript', () => {
  test('ticking a filter updates results, address and live region without loading a page; back restores', async ({ page }) => {
    await page.goto('/en/services');
    const all = await resultTotal(page);
    await expect(page.locator('#results-status')).toHaveText('');
    await markWindow(page);

    const autism = page.locator('label', { hasText: /^Autism \(/ });
    const autismCount = await optionCount(autism);
    await autism.click();
    await expect(page).toHaveURL(/[?&]need=ASD/);
    await expect.poll(() => resultTotal(page)).toBe(autismCount);
    await expect(page.locator('#results-status')).toHaveText(new RegExp(`^${autismCount.toLocaleString('en-GB')} services? found$`));
    expect(await sameDocument(page)).toBe(true);

    const erdington = page.locator('label', { hasText: /^Erdington \(/ });
    const erdingtonCount = await optionCount(erdington);
    await erdington.click();
    await expect(page).toHaveURL(/[?&]district=erdington/);
    await expect.poll(() => resultTotal(page)).toBe(erdingtonCount);

    await page.goBack();
    await expect(page).not.toHaveURL(/district=/);
    await expect(page).toHaveURL(/[?&]need=ASD/);
    await expect.poll(() => resultTotal(page)).toBe(autismCount);
    // The boxes show what the address says, not what was clicked last.
    await expect(page.getByRole('checkbox', { name: /^Erdington/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Autism/ })).toBeChecked();

    await page.goBack();
    await expect(page).not.toHaveURL(/need=/);
    await expect.poll(() => resultTotal(page)).toBe(all);
    await expect(page.getByRole('checkbox', { name: /^Autism/ })).not.toBeChecked();
    expect(await sameDocument(page)).toBe(true);
  });

  test('boxes ticked in quick succession make one change', async ({ page }) => {
    await page.goto('/en/services');
    await markWindow(page);
    const before = await page.evaluate(() => history.length);
    await page.locator('label', { hasText: /^Autism \(/ }).click();
    await page.locator('label', { hasText: /^Hearing impairment / }).click();
    await expect(page).toHaveURL(/need=ASD.*need=HI|need=HI.*need=ASD/);
    await expect(page.locator('#results-status')).toHaveText(/found/);
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(await sameDocument(page)).toBe(true);
  });

  test('the keyword applies on submit, in place', async ({ page }) => {
    await page.goto('/en/services');
    await markWindow(page);
    const box = page.getByLabel('Search for a service');
    await box.fill('speech');
    // Typing alone changes nothing: the keyword waits for the search button or Enter.
    await page.waitForTimeout(900);
    await expect(page).not.toHaveURL(/q=/);
    await box.press('Enter');
    await expect(page).toHaveURL(/[?&]q=speech/);
    await expect(page.locator('#results-heading')).toContainText('speech');
    await expect(page.locator('#results-status')).toHaveText(/services? found for/);
    expect(await sameDocument(page)).toBe(true);
  });

  test('an age that makes no sense gets the error summary, focused', async ({ page }) => {
    await page.goto('/en/services');
    await page.getByLabel('Age of the child or young person').fill('40');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]age=40/);
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(page).toHaveTitle(/^Error:/);
  });
});

test.describe('shortlist', () => {
  test('add from the results, count in the header, share, save from a shared link, remove', async ({ page, browser, baseURL }) => {
    await page.goto('/en/services');
    const card = firstResult(page);
    const name = ((await card.locator('h3').textContent()) ?? '').trim();
    const shortlistLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Shortlist/ });
    await expect(shortlistLink).toHaveText('Shortlist (0)');

    await markWindow(page);
    await card.getByRole('button', { name: /^Add to shortlist/ }).click();
    await expect(card.getByRole('button', { name: /^Remove from shortlist/ })).toBeVisible();
    await expect(card.getByRole('status')).toContainText('Added to your shortlist.');
    await expect(shortlistLink).toHaveText('Shortlist (1)');
    expect(await sameDocument(page)).toBe(true);

    await shortlistLink.click();
    await expect(page).toHaveURL(/\/en\/shortlist$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your shortlist');
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(page.getByText('1 service on this list')).toBeVisible();

    const shareUrl = await page.getByLabel('Link to this shortlist').inputValue();
    expect(shareUrl).toMatch(new RegExp(`^${baseURL}/en/shortlist\\?ids=[0-9a-f-]{36}$`));

    // Someone else opens the link: a read-only list they can save to their own shortlist.
    const other = await browser.newContext();
    try {
      const friend = await other.newPage();
      await friend.goto(shareUrl);
      await expect(friend.getByRole('heading', { level: 1 })).toHaveText('A shortlist shared with you');
      await expect(friend.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(friend.getByRole('button', { name: /^Remove from shortlist/ })).toHaveCount(0);
      await friend.getByRole('button', { name: 'Save these to my shortlist' }).click();
      await expect(friend).toHaveURL(/\/en\/shortlist\?notice=saved$/);
      await expect(friend.getByRole('heading', { level: 1 })).toHaveText('Your shortlist');
      await expect(friend.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(friend.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Shortlist/ })).toHaveText('Shortlist (1)');
    } finally {
      await other.close();
    }

    await page.getByRole('button', { name: /^Remove from shortlist/ }).click();
    await expect(page.getByText('Your shortlist is empty.', { exact: true })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Removed from your shortlist. Your shortlist is empty.');
    await expect(shortlistLink).toHaveText('Shortlist (0)');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('add and remove on a service page', async ({ page }) => {
    const { path } = await firstServicePath(page);
    await page.goto(path);
    await page.getByRole('button', { name: /^Add to shortlist/ }).click();
    await expect(page.getByRole('button', { name: /^Remove from shortlist/ })).toBeVisible();
    await page.getByRole('link', { name: 'View your shortlist' }).click();
    await expect(page).toHaveURL(/\/en\/shortlist$/);
    await expect(page.locator('main article')).toHaveCount(1);
  });

  test('a tampered cookie is ignored', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'shortlist', value: 'not-a-list-of-ids', url: baseURL }]);
    await page.goto('/en/shortlist');
    await expect(page.getByText('Your shortlist is empty.', { exact: true })).toBeVisible();
  });
});

test.describe('a service page', () => {
  test('gives search engines structured data with its name, and loads nothing from other sites', async ({ page, baseURL }) => {
    const { path, name } = await firstServicePath(page);
    const origins = new Set<string>();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '') as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Service');
    expect(data.name).toBe(name);
    expect(data.url).toBe(`${baseURL}${path}`);
    expect(data.provider).toMatchObject({ '@type': 'Organization' });
    expect([...origins]).toEqual([baseURL]);
  });

  test('links each place to a map, and phone numbers to the phone', async ({ page }) => {
    const { path } = await firstServicePath(page);
    await page.goto(path);
    const maps = page.getByRole('link', { name: /^Open in maps/ });
    if ((await maps.count()) > 0) {
      await expect(maps.first()).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\//);
    }
    const phones = page.locator('a[href^="tel:"]');
    if ((await phones.count()) > 0) {
      await expect(phones.first()).toHaveAttribute('href', /^tel:\+?\d+$/);
      await expect(phones.first().locator('bdi')).toHaveAttribute('dir', 'ltr');
    }
  });

  test('prints without navigation, buttons or filters, with its address', async ({ page }) => {
    const { path } = await firstServicePath(page);
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('button', { name: /^Add to shortlist/ })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Report a problem with this listing' })).toBeHidden();
    await expect(page.getByText('Web address of this page:')).toBeVisible();
  });
});

test.describe('report a problem with a listing', () => {
  test('lists every problem at once, keeps the answers, then confirms', async ({ page }) => {
    const { path, name } = await firstServicePath(page);
    await page.goto(path);
    await page.getByRole('link', { name: 'Report a problem with this listing' }).click();
    await expect(page).toHaveURL(/\/report$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a problem with this listing');
    await expect(page.getByText(name, { exact: true })).toBeVisible();

    await page.getByLabel('Email address (optional)').fill('not-an-email');
    await page.getByRole('button', { name: 'Send report' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Select what is wrong with the listing');
    await expect(summary).toContainText('Enter an email address in the correct format');
    await expect(page).toHaveTitle(/^Error: Report a problem/);
    await expect(page.getByLabel('Email address (optional)')).toHaveValue('not-an-email');

    await page.getByLabel('Something else').check();
    await page.getByLabel('Email address (optional)').fill('parent@example.com');
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(summary).toContainText('Enter details of what is wrong');
    await expect(summary).not.toContainText('Select what is wrong');
    await expect(page.getByLabel('Something else')).toBeChecked();
    await summary.getByRole('link', { name: 'Enter details of what is wrong' }).click();
    await expect(page.getByLabel('Give details')).toBeFocused();

    await page.getByLabel('Give details').fill('The drop-in has moved to a new room.');
    await expect(page.getByText(/You have 1,16\d characters remaining/)).toBeVisible();
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page).toHaveURL(/\/report\/confirmation$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent');
    await expect(page.getByText('Thank you – the Local Offer team will check this listing.')).toBeVisible();
    await page.getByRole('link', { name: `Go back to ${name}` }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });

  test('details over 1,200 characters are kept to be shortened', async ({ page }) => {
    const { path } = await firstServicePath(page);
    await page.goto(`${path}/report`);
    await page.getByLabel('The details are out of date').check();
    const long = 'x'.repeat(1210);
    await page.getByLabel('Give details').fill(long);
    await expect(page.getByText('You have 10 characters too many')).toBeVisible();
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page.locator('#error-summary')).toContainText('Details must be 1,200 characters or fewer');
    await expect(page.getByLabel('Give details')).toHaveValue(long);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the shortlist works with plain forms', async ({ page }) => {
    await page.goto('/en/services?q=speech');
    const card = firstResult(page);
    const name = ((await card.locator('h3').textContent()) ?? '').trim();
    await card.getByRole('button', { name: /^Add to shortlist/ }).click();
    // Back to the same results, at the same card.
    await expect(page).toHaveURL(/\/en\/services\?q=speech#result-[0-9a-f-]{36}$/);
    await expect(firstResult(page).getByRole('button', { name: /^Remove from shortlist/ })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shortlist' }).click();
    await expect(page).toHaveURL(/\/en\/shortlist$/);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(page.getByText('1 service on this list')).toBeVisible();

    const shareUrl = await page.getByLabel('Link to this shortlist').inputValue();
    await page.getByRole('button', { name: /^Remove from shortlist/ }).click();
    await expect(page).toHaveURL(/\/en\/shortlist$/);
    await expect(page.getByText('Your shortlist is empty.', { exact: true })).toBeVisible();

    await page.goto(shareUrl);
    await page.getByRole('button', { name: 'Save these to my shortlist' }).click();
    await expect(page).toHaveURL(/\/en\/shortlist\?notice=saved$/);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  });

  test('reporting a problem works as a plain form', async ({ page }) => {
    const { path } = await firstServicePath(page);
    await page.goto(`${path}/report`);
    await page.getByLabel('Something else').check();
    await page.getByLabel('Email address (optional)').fill('parent@example');
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page).toHaveTitle(/^Error:/);
    await expect(page.locator('#error-summary')).toContainText('Enter details of what is wrong');
    await expect(page.locator('#error-summary')).toContainText('Enter an email address in the correct format');
    await expect(page.getByLabel('Something else')).toBeChecked();
    await expect(page.getByLabel('Email address (optional)')).toHaveValue('parent@example');
    await expect(page.getByText('You can enter up to 1,200 characters')).toBeVisible();

    await page.getByLabel('Give details').fill('Closed on Fridays now.');
    await page.getByLabel('Email address (optional)').fill('');
    await page.getByRole('button', { name: 'Send report' }).click();
    await expect(page).toHaveURL(/\/report\/confirmation$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent');
  });
});
