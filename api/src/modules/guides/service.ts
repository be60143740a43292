import { eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Actor, Precondition } from '../../changes/context.ts';
import { publicationEvents } from '../../changes/publication-events.ts';
import { create, deleteEntity, updateEntity } from '../../changes/unit-of-work.ts';
import type { Db } from '../../db/client.ts';
import { assertKnown } from '../../db/references.ts';
import { guides, municipalities, technologies } from '../../db/schema/index.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { publicationColumns } from '../../lib/transitions.ts';
import { findGuide, setLinks } from './repository.ts';
import type { GuideChanges, NewGuide } from './schemas.ts';

type Links = { technologies?: string[] | undefined; municipalities?: string[] | undefined };

/** Every linked technology and municipality must exist. */
async function assertLinks(tx: Db, links: Links) {
  await assertKnown(tx, technologies.slug, links.technologies, '/body/technologies', ['technology', 'slug']);
  await assertKnown(tx, municipalities.code, links.municipalities, '/body/municipalities', ['municipality', 'code']);
}

/**
 * The guide's own columns, from a body: the links are rows of their own and the status moves by the
 * rules. The body's HTML is rendered once, when the body is written, not on every read.
 */
const columnsOf = <Body extends Links & { status?: unknown; body?: string | undefined }>({
  technologies: _t,
  municipalities: _m,
  status: _s,
  ...fields
}: Body) => ({ ...fields, ...(fields.body !== undefined ? { bodyHtml: renderMarkdown(fields.body) } : {}) });

/** Guides: created as drafts, changed, linked and moved draft → published → archived by admins. */
export function createGuideService({ db }: { db: Db }) {
  const target = (slug: string) => ({
    entityType: 'guide',
    key: slug,
    find: (tx: Db, lock: boolean) => findGuide(tx, slug, lock),
    missing: `No guide has the slug ${slug}`,
  });
  const events = (slug: string) => (before: Parameters<typeof publicationEvents>[2], after: typeof before) =>
    publicationEvents('guide', { slug }, before, after);

  return {
    create(actor: Actor, body: Static<typeof NewGuide>) {
      const { slug, ...fields } = body;
      return create(db, actor, {
        ...target(slug),
        insert: async (tx) => {
          await assertLinks(tx, body);
          await tx.insert(guides).values({ bodyHtml: '', ...columnsOf(fields), slug, status: 'draft' });
          await setLinks(tx, slug, body);
        },
        find: (tx) => findGuide(tx, slug),
        taken: { detail: `A guide with the slug ${slug} exists already`, pointer: '/body/slug' },
        events: (after) => events(slug)(undefined, after),
      });
    },

    /** Changes fields, replaces the links given, or moves the guide along its publication workflow. */
    update(actor: Actor, slug: string, body: Static<typeof GuideChanges>, precondition: Precondition) {
      return updateEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: async (tx, before) => {
          await assertLinks(tx, body);
          await tx
            .update(guides)
            .set({
              ...columnsOf(body),
              ...publicationColumns(before, body.status),
              updatedAt: sql`now()`,
            })
            .where(eq(guides.slug, slug));
          await setLinks(tx, slug, body);
        },
        events: events(slug),
      });
    },

    remove(actor: Actor, slug: string, precondition: Precondition) {
      return deleteEntity(db, actor, {
        ...target(slug),
        precondition,
        apply: async (tx) => {
          await tx.delete(guides).where(eq(guides.slug, slug));
        },
        events: events(slug),
      });
    },
  };
}
