import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { listSearch } from '../components/listSearch.ts';
import { Layout, NotFound, RouteError } from './Layout.tsx';

/**
 * One URL per view; lists keep search, filters, sort and page in the URL. Every view is its own
 * chunk, loaded when first visited, so the first load carries only the shell.
 */
const root = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

type Load = () => Promise<Record<string, unknown>>;

/** A view at a path, its component loaded on first visit from `load`'s export `name`. */
const view = <Path extends string>(path: Path, load: Load, name: string) =>
  createRoute({ getParentRoute: () => root, path, component: lazyRouteComponent(load as never, name as never) });

/** A list view: like `view`, with its search, filters, sort and page validated from the URL. */
const list = <Path extends string>(path: Path, load: Load, name: string, filters: readonly string[]) =>
  createRoute({
    getParentRoute: () => root,
    path,
    component: lazyRouteComponent(load as never, name as never),
    validateSearch: listSearch(filters),
  });

const technologies = () => import('../features/technologies/index.ts');
const categories = () => import('../features/categories/index.ts');
const guides = () => import('../features/guides/index.ts');
const municipalities = () => import('../features/municipalities/index.ts');
const associations = () => import('../features/associations/index.ts');
const users = () => import('../features/users/index.ts');
const apiKeys = () => import('../features/api-keys/index.ts');
const audit = () => import('../features/audit/index.ts');
const adoptions = () => import('../features/adoptions/index.ts');
const maturity = () => import('../features/maturity/index.ts');
const needs = () => import('../features/needs/index.ts');
const procurements = () => import('../features/procurements/index.ts');
const operatorModels = () => import('../features/operator-models/index.ts');

const routeTree = root.addChildren([
  view('/', () => import('../features/overview/Overview.tsx'), 'Overview'),
  view('/konto', () => import('../features/session/Account.tsx'), 'Account'),
  list('/teknologier', technologies, 'TechnologyList', ['status', 'category', 'readiness']),
  view('/teknologier/ny', technologies, 'TechnologyCreate'),
  view('/teknologier/$slug', technologies, 'TechnologyDetail'),
  view('/teknologier/$slug/redigera', technologies, 'TechnologyEdit'),
  list('/kategorier', categories, 'CategoryList', ['parent']),
  view('/kategorier/ny', categories, 'CategoryCreate'),
  view('/kategorier/$slug', categories, 'CategoryDetail'),
  list('/vagledningar', guides, 'GuideList', ['kind', 'status']),
  view('/vagledningar/ny', guides, 'GuideCreate'),
  view('/vagledningar/$slug', guides, 'GuideDetail'),
  view('/vagledningar/$slug/redigera', guides, 'GuideEdit'),
  list('/kommuner', municipalities, 'MunicipalityList', ['county']),
  view('/kommuner/$code', municipalities, 'MunicipalityDetail'),
  list('/forbund', associations, 'AssociationList', ['kind']),
  view('/forbund/$slug', associations, 'AssociationDetail'),
  list('/inforande', adoptions, 'AdoptionOverview', ['association', 'category']),
  list('/inforande/karta', adoptions, 'AdoptionMap', ['technology', 'county', 'association']),
  list('/inforande/$code/$technology', adoptions, 'AdoptionEdit', ['association', 'category']),
  list('/mognad', maturity, 'MaturityView', ['association', 'year']),
  list('/mognad/bedomning', maturity, 'MaturityAssessment', ['municipality', 'year']),
  list('/behov', needs, 'NeedList', ['status', 'county', 'association', 'targetGroup', 'category']),
  view('/behov/nytt', needs, 'NeedCreate'),
  view('/behov/$id', needs, 'NeedDetail'),
  view('/behov/$id/redigera', needs, 'NeedEdit'),
  list('/upphandlingar', procurements, 'ProcurementList', [
    'stage',
    'association',
    'participant',
    'category',
    'openForParticipants',
  ]),
  view('/upphandlingar/ny', procurements, 'ProcurementCreate'),
  view('/upphandlingar/$id', procurements, 'ProcurementDetail'),
  view('/upphandlingar/$id/redigera', procurements, 'ProcurementEdit'),
  list('/driftmodeller', operatorModels, 'OperatorModelList', ['status', 'legalForm', 'costSharing', 'association']),
  view('/driftmodeller/ny', operatorModels, 'OperatorModelCreate'),
  // The cost calculator's yearly cost is kept in the URL, so a reload or a shared link shows the same split.
  list('/driftmodeller/$slug', operatorModels, 'OperatorModelDetail', ['arskostnad']),
  view('/driftmodeller/$slug/redigera', operatorModels, 'OperatorModelEdit'),
  list('/anvandare', users, 'UserList', ['role']),
  view('/anvandare/ny', users, 'UserCreate'),
  view('/anvandare/$id', users, 'UserDetail'),
  list('/api-nycklar', apiKeys, 'ApiKeyList', ['kind', 'revoked']),
  view('/api-nycklar/ny', apiKeys, 'ApiKeyCreate'),
  list('/andringslogg', audit, 'AuditLog', ['entityType', 'actor', 'since', 'until', 'entityKey']),
]);

/** Search parameters as plain text (`?county=14&page=2`), not JSON, so URLs read as people write them. */
const parseSearch = (search: string) => Object.fromEntries(new URLSearchParams(search));
const stringifySearch = (search: Record<string, unknown>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

export function makeRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    scrollRestoration: true,
    parseSearch,
    stringifySearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
