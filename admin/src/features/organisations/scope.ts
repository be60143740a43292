import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../session/queries.ts';
import { pickerQueries } from './queries.ts';

export interface Named {
  code: string;
  name: string;
}

/**
 * What the signed-in person may pick: an admin every municipality and association; an editor only the
 * municipalities of their scope (an association's members, an umbrella's included) and the association
 * with its children. Pickers offer these and nothing else, so a Borås editor is never offered Göteborg.
 */
export function useScope() {
  const session = useSession().data ?? null;
  const user = session?.user;
  const admin = user?.role === 'admin';
  const scope = user?.scope ?? { association: null, municipality: null };
  const all = useQuery({ ...pickerQueries.municipalities(), enabled: admin });
  const associations = useQuery({ ...pickerQueries.associations(), enabled: user !== undefined });
  const scoped = useQuery({
    queryKey: ['picker', 'scope', scope.association, scope.municipality],
    enabled: user !== undefined && !admin,
    staleTime: 10 * 60_000,
    queryFn: async (): Promise<Named[]> => {
      if (scope.municipality) {
        const one = unwrap(
          await api.GET('/v1/municipalities/{code}', { params: { path: { code: scope.municipality } } }),
        );
        return [{ code: one.code, name: one.name }];
      }
      if (!scope.association) return [];
      const page = unwrap(
        await api.GET('/v1/municipalities', {
          params: { query: { association: [scope.association], limit: 100, sort: 'name' } },
        }),
      );
      return page.items.map((item) => ({ code: item.code, name: item.name }));
    },
  });
  const municipalities: Named[] | undefined = admin
    ? all.data?.map((item) => ({ code: item.code, name: item.name }))
    : scoped.data;
  const ownAssociations = (associations.data ?? [])
    .filter(
      (item) =>
        admin ||
        (scope.association !== null && (item.slug === scope.association || item.parent?.slug === scope.association)),
    )
    .map((item) => ({ slug: item.slug, name: item.name }));
  const codes = new Set(municipalities?.map((item) => item.code));
  const slugs = new Set(ownAssociations.map((item) => item.slug));
  return {
    admin,
    signedIn: user !== undefined,
    pending: user !== undefined && ((admin ? all.isPending : scoped.isPending) || associations.isPending),
    municipalities: municipalities ?? [],
    associations: ownAssociations,
    /** Whether a municipality (by code) or an association (by slug) is the person's to change. */
    coversMunicipality: (code: string | null | undefined) => admin || (code != null && codes.has(code)),
    coversAssociation: (slug: string | null | undefined) => admin || (slug != null && slugs.has(slug)),
  };
}
