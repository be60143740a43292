import { eq, isNull } from 'drizzle-orm';
import { renderMarkdown } from '../lib/markdown.ts';
import type { Db } from './client.ts';
import { technologies } from './schema/index.ts';

/**
 * Markdown is rendered to HTML when it is written and stored beside it. Rows written before that
 * (an existing database, at the first start after the migration that added the column) are rendered
 * here, at start, a batch at a time.
 */
export async function renderMissingHtml(db: Db): Promise<number> {
  let rendered = 0;
  for (;;) {
    const batch = await db
      .select({ slug: technologies.slug, description: technologies.description })
      .from(technologies)
      .where(isNull(technologies.descriptionHtml))
      .limit(500);
    if (batch.length === 0) return rendered;
    await db.transaction(async (tx) => {
      for (const row of batch) {
        await tx
          .update(technologies)
          .set({ descriptionHtml: renderMarkdown(row.description) })
          .where(eq(technologies.slug, row.slug));
      }
    });
    rendered += batch.length;
  }
}
