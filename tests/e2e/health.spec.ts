import { expect, test } from './fixtures';

test('the health endpoint reports the database and search engine up, uncached', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(await response.json()).toEqual({ db: 'ok', search: 'ok' });
});
