import { expect, test, type Page } from '@playwright/test';

async function searchFor(page: Page, query: string, country?: string) {
  await page.goto('/');
  const form = page.getByRole('main').getByRole('search');
  await form.getByLabel('Enter the number that contacted you').fill(query);
  if (country) await form.getByLabel('Country, for numbers without a +country code').selectOption(country);
  await form.getByRole('button', { name: 'Check number' }).click();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'search with JavaScript' : 'search without JavaScript', () => {
    test.use({ javaScriptEnabled });

    for (const [query, country] of [
      ['+91 98765 43210', undefined],
      ['098765 43210', 'IN'],
      ['0091-98765-43210', 'GB'],
      ['919876543210', 'US'],
      ['＋９１９８７６５４３２１０', undefined],
    ] as const) {
      test(`"${query}"${country ? ` in ${country}` : ''} lands on the number's page`, async ({ page }) => {
        await searchFor(page, query, country);
        await expect(page).toHaveURL(/\/numbers\/\+919876543210$/);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('+91 98765 43210');
      });
    }

    test('an entry that is not a number gets a specific message and keeps what was typed', async ({ page }) => {
      await searchFor(page, '12ab');
      await expect(page).toHaveURL(/\/search\?q=12ab/);
      const problem = page.getByRole('alert').filter({ hasText: 'We could not read' });
      await expect(problem).toContainText('We could not read “12ab” as a phone number');
      await expect(problem).toContainText('no letters or words');
      await expect(page.getByRole('main').getByLabel('Enter the number that contacted you')).toHaveValue('12ab');
      await expect(page.getByRole('heading', { name: 'Numbers you can enter' })).toBeVisible();
    });

    test('part of a number lists the reported numbers containing it', async ({ page }) => {
      await searchFor(page, '7946', 'GB');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported numbers containing 7946');
      const results = page.getByRole('main').getByRole('listitem');
      await expect(results.first()).toContainText('+44 20 7946');
      for (const link of await page.getByRole('main').getByRole('link', { name: /^\+44 20 7946/ }).all()) {
        await expect(link).toHaveAttribute('href', /^\/numbers\/\+44207946\d{4}$/);
      }
    });

    test('a long list of partial matches is paginated', async ({ page }) => {
      await page.goto('/search?q=55501&country=US');
      const pages = page.getByRole('navigation', { name: 'Pages' });
      await expect(pages.getByText('1', { exact: true })).toHaveAttribute('aria-current', 'page');
      const firstPage = await page.getByRole('main').getByRole('link', { name: /^\+1 / }).allTextContents();
      await pages.getByRole('link', { name: 'Next' }).click();
      await expect(page).toHaveURL(/page=2/);
      await expect(page.getByRole('navigation', { name: 'Pages' }).getByText('2', { exact: true })).toHaveAttribute('aria-current', 'page');
      const secondPage = await page.getByRole('main').getByRole('link', { name: /^\+1 / }).allTextContents();
      expect(secondPage.length).toBeGreaterThan(0);
      expect(secondPage.filter((n) => firstPage.includes(n))).toEqual([]);
    });

    test('too few digits get a clear message', async ({ page }) => {
      await searchFor(page, '123');
      await expect(page.getByRole('alert').filter({ hasText: 'We could not read' })).toContainText('at least 4 digits');
    });
  });
}

test('the header search works from any page, one tap away', async ({ page }) => {
  await page.goto('/numbers');
  const header = page.getByRole('banner');
  await expect(header.getByLabel('Enter the number that contacted you')).toBeHidden();
  await header.getByText('Check a number').click();
  await header.getByLabel('Enter the number that contacted you').fill('+44 20 7946 0018');
  await header.getByRole('button', { name: 'Check number' }).click();
  await expect(page).toHaveURL(/\/numbers\/\+442079460018$/);
});

test('a partial search opened from a link reads as it does inside the site, and its page is live', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  // From a link elsewhere the server answers the whole page.
  await page.goto('/search?q=(555)%2001&country=US&page=2');
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported numbers containing 55501');
  await expect(main.getByRole('status')).toContainText('“(555) 01” is not a whole phone number');
  await expect(main.getByLabel('Enter the number that contacted you')).toHaveValue('(555) 01');
  await expect(main.getByLabel('Country, for numbers without a +country code')).toHaveValue('US');
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByText('2', { exact: true })).toHaveAttribute('aria-current', 'page');
  const direct = await main.innerText();

  // Inside the site the browser asks Next.js for the pages and renders them itself, in this document.
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Previous' }).click();
  await expect(page).toHaveURL(/country=US$/);
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByText('1', { exact: true })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2$/);
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByText('2', { exact: true })).toHaveAttribute('aria-current', 'page');
  expect(await main.innerText()).toBe(direct);
  expect(await page.evaluate(() => (window as unknown as { stillThisDocument?: boolean }).stillThisDocument)).toBe(true);
  expect(errors).toEqual([]);
});

test('the search page\'s template is not a page', async ({ request }) => {
  for (const path of ['/search?template=1', '/search?q=7946&template=1&country=GB']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain('0template');
  }
});

test('strange query strings never cause an error', async ({ request }) => {
  for (const path of ['/search?q[]=1&country[]=x', '/search?q=%00%01', '/search?q=' + '9'.repeat(5000), '/search?q=%E2%80%AE123456&page=-4', '/search?page=99999999999']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
});
