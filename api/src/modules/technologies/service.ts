import { eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import type { DomainEvent } from '../../changes/events.ts';
import { publicationEvents } from '../../changes/publication-events.ts';
import { create, deleteEntity, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import { technologies, technologyCategories } from '../../db/schema/index.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { HttpProblem } from '../../lib/problems.ts';
import { publicationColumns } from '../../lib/transitions.ts';
import { findGuide } from '../guides/repository.ts';
import { findTechnology, hasAdoptions, touchGuidesLinkedTo } from './repository.ts';
import type { NewTechnology, TechnologyChanges } from './schemas.ts';

/** The columns of a write, from a body: `category` is stored as category_slug, everything else as named. */
function columnsOf(body: Static<typeof TechnologyChanges>) {
  const { category, status: _status, ...fields } = body;
  return {
    ...fields,
    ...(category !== undefined ? { categorySlug: category } : {}),
    // Rendered once, when written, not on every read.
    ...(body.description !== undefined ? { descriptionHtml: renderMarkdown(body.description) } : {}),
  };
}

const knownCategory = (tx: Db, slug: string | undefined) =>
  assertKnown(tx, technologyCategories.slug, slug, '/body/category', ['category', 'slug']);

type Guide = NonNullable<Awaited<ReturnType<typeof findGuide>>>;

/** A guide that lost a technology link: `guide.updated`, public when the guide is, as its own change says. */
const guideChanged = (guide: Guide): DomainEvent => ({
  ...(publicationEvents('guide', { slug: guide.slug }, guide, guide)[0] as DomainEvent),
  entityType: 'guide',
  entityKey: guide.slug,
  ...(guide.status === 'published' ? { data: guide } : {}),
});

/** The catalogue's technologies: created as drafts, changed and moved draft → published → archived by admins. */
export function createTechnologyService({ db }: { db: Db }) {
  const target = (slug: string) => ({
    entityType: 'technology',
    key: slug,
    find: (tx: Db, lock: boolean) => findTechnology(tx, slug, lock),
    missing: `No technology has the slug ${slug}`,
  });
  const events = (slug: string) => (before: Parameters<typeof publicationEvents>[2], after: typeof before) =>
    publicationEvents('technology', { slug }, before, after);

  return {
    create(actor: Actor, body: Static<typeof NewTechnology>) {
      const { slug, category, ...fields } = body;
      return create(db, actor, {
        ...target(slug),
        insert: async (tx) => {
          await knownCategory(tx, category);
          await tx.insert(technologies).values({
            ...fields,
            slug,
            categorySlug: category,
            descriptionHtml: renderMarkdown(fields.description ?? ''),
            status: 'draft',
          });
        },
        find: (tx) => findTechnology(tx, slug),
        taken: { detail: `A technology with the slug ${slug} exists already`, pointer: '/body/slug' },
        events: (after) => events(slug)(undefined, after),
      });
    },

    update(actor: Actor, slug: string, body: Static<typeof TechnologyChanges>, precondition: Precondition) {
      return updateEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: async (tx, before) => {
          await knownCategory(tx, body.category);
          await tx
            .update(technologies)
            .set({
              ...columnsOf(body),
              ...publicationColumns(before, body.status),
              updatedAt: sql`now()`,
            })
            .where(eq(technologies.slug, slug));
        },
        events: events(slug),
      });
    },

    /**
     * Only a technology no adoption refers to can go; one that municipalities use is archived instead.
     * The guides that named it lose the link: each is changed (its `updatedAt` too, so a copy synced
     * with `updatedSince` sees it) and says so with its own `guide.updated`.
     */
    remove(actor: Actor, slug: string, precondition: Precondition) {
      let guides: Guide[] = [];
      return deleteEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: async (tx) => {
          const used = await hasAdoptions(tx, slug);
          if (used > 0) {
            throw new HttpProblem(
              409,
              `${used} adoption${used === 1 ? '' : 's'} refer to ${slug}; archive it instead of deleting it`,
            );
          }
          const linked = await touchGuidesLinkedTo(tx, slug);
          await tx.delete(technologies).where(eq(technologies.slug, slug));
          guides = (await Promise.all(linked.map((guide) => findGuide(tx, guide)))).filter((g) => g !== undefined);
        },
        events: (before, after) => [...events(slug)(before, after), ...guides.map(guideChanged)],
      });
    },
  };
}
