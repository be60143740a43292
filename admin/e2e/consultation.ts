import type { Locator, Page } from 'playwright-core';

/** A chart bar's counts, read by its text alternative ("Namn, 8 tillfrågade: 3 tillstyrker, …"). */
export async function barCounts(page: Page, name: string) {
  const bar = page.getByRole('img', { name: new RegExp(`^${name}, `) });
  const [, total, supports, reservations, rejects, none] =
    /, (\d+) tillfrågade: (\d+) tillstyrker, (\d+) tillstyrker med reservationer, (\d+) avstyrker, (\d+) inget svar$/
      .exec((await bar.getAttribute('aria-label')) ?? '')
      ?.map(Number) ?? [];
  return { total, supports, reservations, rejects, none };
}

/** The same counts from a group's table, by each row's position. */
export async function tableCounts(table: Locator) {
  const positions = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-position')));
  const count = (position: string) => positions.filter((p) => p === position).length;
  return {
    total: positions.length,
    supports: count('supports'),
    reservations: count('supports_with_reservations'),
    rejects: count('rejects'),
    none: count('no_response'),
  };
}
