import { eq, isNull } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { renderMarkdown } from '../lib/markdown.ts';
import type { Db } from './client.ts';
import { guides, technologies } from './schema/index.ts';

/** Every Markdown column that is stored rendered beside it: its table, key, source, and the HTML column's field. */
const rendered: { table: PgTable; key: AnyPgColumn; markdown: AnyPgColumn; html: AnyPgColumn; field: string }[] = [
  {
    table: technologies,
    key: technologies.slug,
    markdown: technologies.description,
    html: technologies.descriptionHtml,
    field: 'descriptionHtml' satisfies keyof typeof technologies.$inferInsert,
  },
  {
    table: guides,
    key: guides.slug,
    markdown: guides.body,
    html: guides.bodyHtml,
    field: 'bodyHtml' satisfies keyof typeof guides.$inferInsert,
  },
];

/**
 * Markdown is rendered to HTML when it is written and stored beside it. Rows written before that
 * (an existing database, at the first start after the migration that added the column) are rendered
 * here, at start, a batch at a time.
 */
export async function renderMissingHtml(db: Db): Promise<number> {
  let total = 0;
  for (const { table, key, markdown, html, field } of rendered) {
    for (;;) {
      const batch = (await db.select({ key, markdown }).from(table).where(isNull(html)).limit(500)) as {
        key: string;
        markdown: string;
      }[];
      if (batch.length === 0) break;
      await db.transaction(async (tx) => {
        for (const row of batch) {
          await tx
            .update(table)
            .set({ [field]: renderMarkdown(row.markdown) })
            .where(eq(key, row.key));
        }
      });
      total += batch.length;
    }
  }
  return total;
}
