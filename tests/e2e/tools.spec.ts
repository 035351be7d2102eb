import type { Page } from '@playwright/test';
import { formatLongDate } from '../../components/tools/format-date';
import { todayInEngland, toIsoDate, utcDate } from '../../lib/tools/calendar-date';
import { findPhaseTransfers, type YearGroup } from '../../lib/tools/phase-transfer';
import { expect, test } from './fixtures';

// The two parent tools: the EHC plan timeline calculator and the phase-transfer date finder.
// Each must give the right dates, show every error the GOV.UK way, keep what was typed, work
// with JavaScript switched off, and pass axe in English and in Urdu (right to left).

const EHCP = '/en/tools/ehcp-timeline';
const PHASE = '/en/tools/phase-transfer';

type DateParts = [day: string, month: string, year: string];

async function fillDate(page: Page, field: string, [day, month, year]: DateParts) {
  await page.locator(`#${field}-day`).fill(day);
  await page.locator(`#${field}-month`).fill(month);
  await page.locator(`#${field}-year`).fill(year);
}

async function submit(page: Page) {
  await page.locator('main form button[type="submit"]').click();
}

/** A latest-date step in the result: its title, and the date shown under it. */
function step(page: Page, title: string) {
  return page.locator('#result-heading ~ section li').filter({ has: page.getByRole('heading', { name: title }) });
}

/** How the finder names a year group in English. */
function yearGroupText(group: YearGroup): string {
  switch (group.kind) {
    case 'early-years':
      return 'Early years: not yet in a school year group';
    case 'nursery':
      return 'Nursery (the year before reception)';
    case 'reception':
      return 'Reception';
    case 'year':
      return `Year ${group.year}`;
    case 'post-school':
      return 'Past school age';
  }
}

/**
 * A date of birth (15 January, well away from 31 August) for a child who was `age` on the 31 August
 * before the current school year, so the year group is the same whatever month the tests run in.
 */
function bornAged(age: number): { parts: DateParts; iso: string } {
  const today = todayInEngland();
  const schoolYearStart = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const year = schoolYearStart - age;
  return { parts: ['15', '1', String(year)], iso: toIsoDate(utcDate(year, 1, 15)) };
}

const TRANSFER_TITLES = {
  'start-school': 'Starting school (reception)',
  'infant-to-junior': 'Infant school to junior school (into Year 3)',
  'primary-to-secondary': 'Primary school to secondary school (into Year 7)',
  'secondary-to-post-16': 'Secondary school to post-16: sixth form or college (after Year 11)',
} as const;

async function expectPhaseResult(page: Page, dob: { iso: string }) {
  const expected = findPhaseTransfers(dob.iso, todayInEngland());
  const result = page.locator('section[aria-labelledby="result-heading"]');
  await expect(result.getByText(yearGroupText(expected.yearGroup), { exact: true })).toBeVisible();
  await expect(result).toContainText(
    `In the ${expected.schoolYearStart} to ${expected.schoolYearStart + 1} school year (1 September ${expected.schoolYearStart} to 31 August ${expected.schoolYearStart + 1}).`,
  );
  const items = result.locator('ol[role="list"] > li');
  await expect(items).toHaveCount(expected.transfers.length);
  for (const [index, transfer] of expected.transfers.entries()) {
    const item = items.nth(index);
    await expect(item.getByRole('heading', { level: 4 })).toHaveText(TRANSFER_TITLES[transfer.id]);
    await expect(item).toContainText(`The school year starting ${formatLongDate(transfer.moveDate, 'en', { weekday: false })}`);
    await expect(item).toContainText(`before ${formatLongDate(transfer.amendBy, 'en', { weekday: false })}`);
    await expect(item).toContainText(transfer.source);
    if (transfer.onlyIfInfantJunior) await expect(item).toContainText('Only if your child is at a separate infant school');
  }
  return expected;
}

test.describe('EHC plan timeline calculator', () => {
  test('works out the latest dates for a known request date', async ({ page }) => {
    await page.goto(EHCP);
    await expect(page).toHaveTitle('EHC plan timeline calculator – Birmingham SEND Local Offer');
    await expect(page.getByRole('group', { name: /receive the request for an EHC needs assessment/ })).toBeVisible();
    await expect(page.locator('#request-day')).toHaveAttribute('inputmode', 'numeric');
    await expect(page.locator('#request-day')).toHaveAttribute('autocomplete', 'off');

    await fillDate(page, 'request', ['5', '1', '2026']);
    await submit(page);

    await expect(page.locator('#result-heading')).toHaveText('The latest dates the law allows');
    await expect(page.locator('#result-heading')).toBeFocused();
    await expect(step(page, 'The council tells you whether it will carry out an EHC needs assessment')).toContainText(
      'Monday 16 February 2026',
    );
    await expect(step(page, 'If the council decides not to make an EHC plan after the assessment, it tells you')).toContainText(
      'Monday 27 April 2026',
    );
    await expect(step(page, 'The council sends you the final EHC plan')).toContainText('Monday 25 May 2026');
    await expect(step(page, 'The council sends you the final EHC plan')).toContainText('SEND Regulations 2014, regulation 13(2)');
    await expect(page.getByText('Weeks are calendar weeks. Bank holidays and school holidays are not taken out.').first()).toBeVisible();
    // The optional steps only appear when their dates are given.
    await expect(page.getByRole('heading', { name: 'The first annual review of the plan' })).toHaveCount(0);
    // The boxes keep what was typed, so the dates can be changed.
    await expect(page.locator('#request-day')).toHaveValue('5');
    await expect(page.locator('#request-year')).toHaveValue('2026');
    await expect(page).toHaveTitle('EHC plan timeline calculator – Birmingham SEND Local Offer');
  });

  test('adds the annual review and the amendment deadlines when those dates are given', async ({ page }) => {
    await page.goto(EHCP);
    await fillDate(page, 'request', ['5', '1', '2026']);
    await fillDate(page, 'planIssued', ['20', 'May', '2026']);
    await fillDate(page, 'amendmentNotice', ['26', '10', '2026']);
    await submit(page);

    await expect(step(page, 'The first annual review of the plan')).toContainText('Thursday 20 May 2027');
    await expect(step(page, 'Your last day to comment on the proposed amendments')).toContainText('Monday 9 November 2026');
    await expect(step(page, 'The council sends you the amended plan')).toContainText('Monday 21 December 2026');
    await expect(step(page, 'The first annual review of the plan')).toContainText('Children and Families Act 2014, section 44(1)');
  });

  test('reads Urdu and Arabic digits as numbers', async ({ page }) => {
    await page.goto(EHCP);
    await fillDate(page, 'request', ['۵', '١', '۲۰۲۶']);
    await submit(page);
    await expect(step(page, 'The council sends you the final EHC plan')).toContainText('Monday 25 May 2026');
  });

  test('an empty form shows the error summary and an inline error', async ({ page }) => {
    await page.goto(EHCP);
    await submit(page);

    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('alert')).toContainText('There is a problem');
    await expect(summary.getByRole('link')).toHaveText(['Enter the date the council received the request']);
    await expect(summary.getByRole('link')).toHaveAttribute('href', '#request-day');
    await expect(page.locator('#request-error')).toHaveText('Error: Enter the date the council received the request');
    await expect(page.getByRole('group', { name: /receive the request/ })).toHaveAttribute(
      'aria-describedby',
      'request-hint request-error',
    );
    for (const part of ['day', 'month', 'year']) {
      await expect(page.locator(`#request-${part}`)).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator(`#request-${part}`)).toHaveClass(/border-error/);
    }
    // Optional dates left empty are not errors.
    await expect(page.locator('#planIssued-error')).toHaveCount(0);
    await expect(page).toHaveTitle(/^Error: EHC plan timeline calculator/);
  });

  test('shows every error at once and keeps what was typed', async ({ page }) => {
    await page.goto(EHCP);
    await fillDate(page, 'planIssued', ['31', '2', '2026']);
    await fillDate(page, 'amendmentNotice', ['1', '', '26']);
    await submit(page);

    const links = page.locator('#error-summary').getByRole('link');
    await expect(links).toHaveText([
      'Enter the date the council received the request',
      'The date the final plan was issued must be a real date',
      'The date the proposed amendments were sent must include a month',
    ]);
    await expect(links.nth(0)).toHaveAttribute('href', '#request-day');
    await expect(links.nth(1)).toHaveAttribute('href', '#planIssued-day');
    await expect(links.nth(2)).toHaveAttribute('href', '#amendmentNotice-month');

    await expect(page.locator('#planIssued-day')).toHaveValue('31');
    await expect(page.locator('#planIssued-month')).toHaveValue('2');
    await expect(page.locator('#planIssued-year')).toHaveValue('2026');
    await expect(page.locator('#amendmentNotice-day')).toHaveValue('1');
    await expect(page.locator('#amendmentNotice-year')).toHaveValue('26');
    // Only the box that is wrong is marked.
    await expect(page.locator('#amendmentNotice-month')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#amendmentNotice-day')).not.toHaveAttribute('aria-invalid', 'true');

    await links.nth(2).click();
    await expect(page.locator('#amendmentNotice-month')).toBeFocused();

    // Correcting everything gives the answer and clears the errors.
    await fillDate(page, 'request', ['5', '1', '2026']);
    await fillDate(page, 'planIssued', ['', '', '']);
    await fillDate(page, 'amendmentNotice', ['', '', '']);
    await submit(page);
    await expect(page.locator('#error-summary')).toHaveCount(0);
    await expect(step(page, 'The council sends you the final EHC plan')).toContainText('Monday 25 May 2026');
    await expect(page).toHaveTitle(/^EHC plan timeline calculator/);
  });

  test('rejects a request before EHC plans began', async ({ page }) => {
    await page.goto(EHCP);
    await fillDate(page, 'request', ['31', '8', '2014']);
    await submit(page);
    await expect(page.locator('#request-error')).toContainText(
      'The date the council received the request must be on or after 1 September 2014, when EHC plans began',
    );
  });
});

test.describe('phase-transfer date finder', () => {
  test('shows the year group and the deadlines for a Year 2 child', async ({ page }) => {
    // 6 on the 31 August before this school year: Year 2.
    const dob = bornAged(6);
    await page.goto(PHASE);
    await fillDate(page, 'dateOfBirth', dob.parts);
    await submit(page);

    await expect(page.locator('#result-heading')).toBeFocused();
    const expected = await expectPhaseResult(page, dob);
    expect(expected.yearGroup).toEqual({ kind: 'year', year: 2 });
    expect(expected.transfers.map((t) => t.id)).toEqual(['infant-to-junior', 'primary-to-secondary', 'secondary-to-post-16']);
    await expect(page.getByText('before 31 March', { exact: false }).first()).toBeVisible();
    // The date of birth never goes in the address.
    await expect(page).toHaveURL(/\/en\/tools\/phase-transfer$/);
    await expect(page.locator('#dateOfBirth-year')).toHaveValue(dob.parts[2]);
  });

  test('lists starting school for a toddler', async ({ page }) => {
    const dob = bornAged(2);
    await page.goto(PHASE);
    await fillDate(page, 'dateOfBirth', dob.parts);
    await submit(page);
    const expected = await expectPhaseResult(page, dob);
    expect(expected.transfers[0]?.id).toBe('start-school');
  });

  test('says when there are no moves left', async ({ page }) => {
    const dob = bornAged(20);
    await page.goto(PHASE);
    await fillDate(page, 'dateOfBirth', dob.parts);
    await submit(page);
    await expect(page.getByText('Past school age', { exact: true })).toBeVisible();
    await expect(page.getByText('There are no more moves between phases of education ahead.')).toBeVisible();
  });

  test('shows GOV.UK errors for a missing or impossible date of birth', async ({ page }) => {
    await page.goto(PHASE);
    await submit(page);
    await expect(page.locator('#error-summary')).toBeFocused();
    await expect(page.locator('#error-summary').getByRole('link')).toHaveText(["Enter your child's date of birth"]);
    await expect(page).toHaveTitle(/^Error: Moving school: find the dates/);

    await fillDate(page, 'dateOfBirth', ['30', '2', '2020']);
    await submit(page);
    await expect(page.locator('#dateOfBirth-error')).toHaveText('Error: Date of birth must be a real date');
    await expect(page.locator('#dateOfBirth-day')).toHaveValue('30');

    const nextYear = String(todayInEngland().getUTCFullYear() + 1);
    await fillDate(page, 'dateOfBirth', ['1', '1', nextYear]);
    await submit(page);
    await expect(page.locator('#dateOfBirth-error')).toHaveText('Error: Date of birth must be today or in the past');

    await fillDate(page, 'dateOfBirth', ['1', '1', '1990']);
    await submit(page);
    await expect(page.locator('#dateOfBirth-error')).toHaveText(
      'Error: Enter a date of birth for a child or young person aged 25 or under',
    );
  });
});

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false });

  test('the calculator answers a plain form post', async ({ page }) => {
    await page.goto(EHCP);
    await fillDate(page, 'request', ['5', '1', '2026']);
    await submit(page);
    await expect(step(page, 'The council tells you whether it will carry out an EHC needs assessment')).toContainText(
      'Monday 16 February 2026',
    );
    await expect(step(page, 'The council sends you the final EHC plan')).toContainText('Monday 25 May 2026');
    await expect(page.locator('#request-day')).toHaveValue('5');
    await expect(page).toHaveURL(/\/en\/tools\/ehcp-timeline$/);
  });

  test('the calculator shows every error, keeps what was typed and says "Error" in the title', async ({ page }) => {
    await page.goto(EHCP);
    await fillDate(page, 'planIssued', ['31', '2', '2026']);
    await submit(page);
    await expect(page.locator('#error-summary').getByRole('link')).toHaveText([
      'Enter the date the council received the request',
      'The date the final plan was issued must be a real date',
    ]);
    await expect(page.locator('#planIssued-day')).toHaveValue('31');
    await expect(page).toHaveTitle(/^Error: EHC plan timeline calculator/);
    expect(await page.locator('title').count()).toBe(1);
  });

  test('the finder answers a plain form post', async ({ page }) => {
    const dob = bornAged(6);
    await page.goto(PHASE);
    await fillDate(page, 'dateOfBirth', dob.parts);
    await submit(page);
    await expectPhaseResult(page, dob);
    await expect(page).toHaveURL(/\/en\/tools\/phase-transfer$/);
  });

  test('the finder shows an error without JavaScript', async ({ page }) => {
    await page.goto(PHASE);
    await submit(page);
    await expect(page.locator('#error-summary').getByRole('link')).toHaveText(["Enter your child's date of birth"]);
    await expect(page).toHaveTitle(/^Error: /);
  });
});

test.describe('accessibility of the tools', () => {
  for (const locale of ['en', 'ur'] as const) {
    test(`${locale}: the tools index has no violations`, async ({ page, axe }) => {
      await page.goto(`/${locale}/tools`);
      await axe();
    });

    test(`${locale}: the calculator has no violations empty, with errors or with a result`, async ({ page, axe }) => {
      await page.goto(`/${locale}/tools/ehcp-timeline`);
      await axe();

      await fillDate(page, 'planIssued', ['31', '2', '2026']);
      await fillDate(page, 'amendmentNotice', ['1', '', '2026']);
      await submit(page);
      await expect(page.locator('#error-summary')).toBeVisible();
      await axe();

      await fillDate(page, 'request', ['5', '1', '2026']);
      await fillDate(page, 'planIssued', ['20', '5', '2026']);
      await fillDate(page, 'amendmentNotice', ['26', '10', '2026']);
      await submit(page);
      await expect(page.locator('#result-heading')).toBeVisible();
      await axe();
    });

    test(`${locale}: the finder has no violations empty, with errors or with a result`, async ({ page, axe }) => {
      await page.goto(`/${locale}/tools/phase-transfer`);
      await axe();

      await fillDate(page, 'dateOfBirth', ['31', '2', '2020']);
      await submit(page);
      await expect(page.locator('#error-summary')).toBeVisible();
      await axe();

      await fillDate(page, 'dateOfBirth', bornAged(2).parts);
      await submit(page);
      await expect(page.locator('#result-heading')).toBeVisible();
      // Open every "What to do and when" so its contents are checked too.
      for (const summary of await page.locator('main details > summary').all()) await summary.click();
      await axe();
    });
  }
});
