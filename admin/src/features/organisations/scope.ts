import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { useEffect, useRef } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useListSearch } from '../../components/listSearch.ts';
import { type Session, useSession } from '../session/queries.ts';
import { pickerQueries } from './queries.ts';

/** What a person may pick: associations and public bodies by slug, municipalities by code, each with its name. */
export interface Reach {
  associations: { slug: string; name: string }[];
  municipalities: { code: string; name: string }[];
  publicBodies: PublicBodyRef[];
  /**
   * Where an editor works, for views of public data to start at: an association's editor their
   * association, a municipality's or a region's editor their county. Nothing for an admin.
   */
  home: { association?: string; county?: string };
}
export type PublicBodyRef = { slug: string; name: string; kind: Schemas['PublicBody']['kind'] };

/**
 * The associations, municipalities and public bodies a person may pick, as the API's scope check counts
 * them: all for an admin; for an association's editor the association, its children and all their
 * members; for a municipality's editor that municipality, the associations it belongs to and the region
 * that is the municipality (Region Gotland is Gotland's municipality, so its editors act for it); for a
 * public body's editor that body alone. An association's editors reach no public body.
 */
export const reachQuery = (session: Session | null | undefined) =>
  queryOptions({
    queryKey: ['reach', session?.user.id, session?.user.scope],
    enabled: Boolean(session),
    staleTime: 10 * 60_000,
    queryFn: async ({ client }): Promise<Reach> => {
      const user = session?.user;
      const { association, municipality, publicBody } = user?.scope ?? {
        association: null,
        municipality: null,
        publicBody: null,
      };
      if (user?.role === 'admin') {
        const [associations, municipalities, publicBodies] = await Promise.all([
          client.fetchQuery(pickerQueries.associations()),
          client.fetchQuery(pickerQueries.municipalities()),
          client.fetchQuery(pickerQueries.publicBodies()),
        ]);
        return { associations, municipalities, publicBodies, home: {} };
      }
      if (publicBody) {
        const own = unwrap(await api.GET('/v1/public-bodies/{slug}', { params: { path: { slug: publicBody } } }));
        return { associations: [], municipalities: [], publicBodies: [own], home: { county: own.county?.code } };
      }
      if (association) {
        const [own, members] = await Promise.all([
          api.GET('/v1/associations/{slug}', { params: { path: { slug: association } } }).then(unwrap),
          api
            .GET('/v1/municipalities', { params: { query: { association: [association], limit: 100, sort: 'name' } } })
            .then(unwrap),
        ]);
        return {
          associations: [own, ...own.children],
          municipalities: members.items,
          publicBodies: [],
          home: { association: own.slug },
        };
      }
      if (municipality) {
        const [own, regions] = await Promise.all([
          api.GET('/v1/municipalities/{code}', { params: { path: { code: municipality } } }).then(unwrap),
          api.GET('/v1/public-bodies', { params: { query: { kind: ['region'], limit: 100 } } }).then(unwrap),
        ]);
        const itself = regions.items.filter((body) => body.municipality?.code === municipality);
        return {
          associations: own.associations,
          municipalities: [own],
          publicBodies: itself,
          home: { county: own.county.code },
        };
      }
      return { associations: [], municipalities: [], publicBodies: [], home: {} };
    },
  });

/** The signed-in person's reach, for pickers that must offer only what they may change. */
export function useReach() {
  const session = useSession().data;
  return useQuery(reachQuery(session));
}

/**
 * The association a view is about, from the URL (`?association=`), with the ones the person may pick.
 * An editor whose URL names none starts at their own, put into the URL: the one place they work in.
 */
export function useAssociationChoice() {
  const { search, update } = useListSearch();
  const reach = useReach();
  const editor = useSession().data?.user.role === 'editor';
  const association = typeof search.association === 'string' ? search.association : '';
  const offered = reach.data?.associations ?? [];
  const own = editor ? offered[0]?.slug : undefined;
  useEffect(() => {
    if (association === '' && own) update({ association: own }, { replace: true });
  }, [association, own, update]);
  const options = offered.map((a) => ({ value: a.slug, label: a.name }));
  return { association, options, name: offered.find((a) => a.slug === association)?.name ?? association, reach };
}

/**
 * The `association` and `county` filters of a view of public data (the adoption map) start where an
 * editor works: when the URL names neither as the view opens, their association or county is put into
 * it, once; they may then choose any other, or none, and the URL keeps that.
 */
export function useHomeFilters() {
  const { search, update } = useListSearch();
  const reach = useReach();
  const done = useRef(false);
  const home = reach.data?.home;
  const named = Boolean(search.association || search.county);
  useEffect(() => {
    if (done.current || !home) return;
    done.current = true;
    if (!named && (home.association || home.county))
      update({ association: home.association, county: home.county }, { replace: true });
  }, [home, named, update]);
  // Until their filter is in the URL, an editor's view would show the whole country first.
  const starting = !done.current && Boolean(home?.association || home?.county);
  return { pending: !named && (reach.isLoading || starting) };
}

/**
 * The person's reach as pickers use it: an admin every municipality and association; an editor only
 * the municipalities of their scope, and the associations they may act for (their association and its
 * children; none for a municipality's editor, as the API has it). So a Borås editor is never offered
 * Göteborg.
 */
export function useScope() {
  const session = useSession().data ?? null;
  const reach = useReach();
  const admin = session?.user.role === 'admin';
  const actsForAssociations = admin || Boolean(session?.user.scope.association);
  const municipalities = (reach.data?.municipalities ?? []).map(({ code, name }) => ({ code, name }));
  const associations = actsForAssociations
    ? (reach.data?.associations ?? []).map(({ slug, name }) => ({ slug, name }))
    : [];
  const publicBodies = (reach.data?.publicBodies ?? []).map(({ slug, name, kind }) => ({ slug, name, kind }));
  const codes = new Set(municipalities.map((item) => item.code));
  const slugs = new Set(associations.map((item) => item.slug));
  const bodies = new Set(publicBodies.map((item) => item.slug));
  const own = session?.user.scope;
  const scoped = own?.association
    ? reach.data?.associations[0]
    : own?.municipality
      ? reach.data?.municipalities[0]
      : reach.data?.publicBodies[0];
  return {
    admin,
    /** The name of the one organisation an editor is scoped to (their association, municipality or body). */
    actsFor: admin ? null : (scoped?.name ?? null),
    pending: session !== null && reach.isPending,
    municipalities,
    associations,
    /**
     * The public bodies the person acts for: all for an admin, their own for a public body's editor, and
     * Region Gotland for Gotland's editors.
     */
    publicBodies,
    /** Whether a municipality (by code) or an association (by slug) is the person's to change. */
    coversMunicipality: (code: string | null | undefined) => admin || (code != null && codes.has(code)),
    coversAssociation: (slug: string | null | undefined) => admin || (slug != null && slugs.has(slug)),
    coversPublicBody: (slug: string | null | undefined) => admin || (slug != null && bodies.has(slug)),
    /** Whether an owner (a need's: a municipality, an association or a region) is the person's to act for. */
    coversOwner: (owner: { kind: string; code: string | null; slug: string | null }) =>
      admin ||
      (owner.kind === 'municipality'
        ? owner.code != null && codes.has(owner.code)
        : owner.kind === 'association'
          ? owner.slug != null && slugs.has(owner.slug)
          : owner.slug != null && bodies.has(owner.slug)),
  };
}
