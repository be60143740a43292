import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** An organisation a row refers to (an owner, a lead, a host), as the API shows it. */
export interface OrganisationRef {
  kind: 'association' | 'municipality' | 'public_body' | 'external';
  code: string | null;
  slug: string | null;
  name: string;
}

/**
 * The JSON of the organisation a row refers to by one of its columns: an association's slug, a
 * municipality's code, where there is one a public body's slug (in `slug`, as an association's), or
 * the name of an organisation outside the register.
 * Null when none is set.
 */
export function organisationRef(columns: {
  association: AnyPgColumn;
  municipality: AnyPgColumn;
  publicBody?: AnyPgColumn;
  external?: AnyPgColumn;
}): SQL<OrganisationRef | null> {
  const publicBody = columns.publicBody
    ? sql`when ${columns.publicBody} is not null then (select json_build_object('kind', 'public_body',
        'code', null, 'slug', b.slug, 'name', b.name) from public_bodies b where b.slug = ${columns.publicBody})`
    : sql``;
  const external = columns.external
    ? sql`when ${columns.external} is not null then json_build_object('kind', 'external', 'code', null,
        'slug', null, 'name', ${columns.external})`
    : sql``;
  return sql<OrganisationRef | null>`(case
    when ${columns.association} is not null then (select json_build_object('kind', 'association',
      'code', null, 'slug', a.slug, 'name', a.name) from associations a where a.slug = ${columns.association})
    when ${columns.municipality} is not null then (select json_build_object('kind', 'municipality',
      'code', m.code, 'slug', null, 'name', m.name) from municipalities m where m.code = ${columns.municipality})
    ${publicBody}
    ${external}
  end)`;
}
