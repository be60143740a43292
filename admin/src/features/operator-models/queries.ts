import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type OperatorModel = Schemas['OperatorModel'];
/** An operator model as lists give it: the detail view reads the rest. */
export type OperatorModelSummary = Schemas['OperatorModelSummary'];
export type ModelStatus = OperatorModel['status'];
export type Summary = Schemas['ConsultationSummary'];
export type AnsweredPosition = Schemas['ConsultationResponseInput']['position'];

const many = <T>(value: string | number | undefined) => (value ? [value as T] : undefined);

/** Query keys and fetchers for operator models, their consultations and cost previews, in one place. */
export const modelQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['operator-models', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/operator-models', {
            params: {
              query: {
                q: search.q,
                status: many<ModelStatus>(search.status),
                legalForm: many<OperatorModel['legalForm']>(search.legalForm),
                costSharing: many<OperatorModel['costSharing']>(search.costSharing),
                association: many<string>(search.association),
                limit,
                offset,
              },
            },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: ['operator-models', 'detail', slug],
      queryFn: async () => unwrapVersioned(await api.GET('/v1/operator-models/{slug}', { params: { path: { slug } } })),
    }),
  summary: (slug: string) =>
    queryOptions({
      queryKey: ['operator-models', 'consultation', slug],
      queryFn: async ({ signal }) =>
        unwrap(await api.GET('/v1/operator-models/{slug}/consultation', { params: { path: { slug } }, signal })),
    }),
  cost: (slug: string, annualCostSek: number) =>
    queryOptions({
      queryKey: ['operator-models', 'cost', slug, annualCostSek],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/operator-models/{slug}/cost-preview', {
            params: { path: { slug }, query: { annualCostSek } },
            signal,
          }),
        ),
    }),
};

export const createModel = async (body: Schemas['NewOperatorModel']) =>
  unwrapVersioned(await api.POST('/v1/operator-models', { body }));

export const updateModel = async (slug: string, etag: string, body: Schemas['OperatorModelChanges']) =>
  unwrapVersioned(
    await api.PATCH('/v1/operator-models/{slug}', { params: { path: { slug } }, headers: ifMatch(etag), body }),
  );

export const deleteModel = async (slug: string, etag: string) =>
  unwrap(await api.DELETE('/v1/operator-models/{slug}', { params: { path: { slug } }, headers: ifMatch(etag) }));

/** Who answers: a municipality by code or a public body (a region, GITS…) by slug. */
export type Respondent = { kind: 'municipality'; code: string } | { kind: 'publicBody'; slug: string };

/** Answers for a municipality or a public body, replacing an earlier answer with its ETag so nobody overwrites another unseen. */
export async function answer(slug: string, who: Respondent, body: Schemas['ConsultationResponseInput']) {
  if (who.kind === 'publicBody') {
    const path = { slug, publicBody: who.slug };
    const route = '/v1/operator-models/{slug}/responses/public-bodies/{publicBody}' as const;
    const earlier = await api.GET(route, { params: { path } });
    const etag = earlier.response.ok ? earlier.response.headers.get('etag') : null;
    return unwrap(await api.PUT(route, { params: { path }, body, headers: etag ? ifMatch(etag) : {} }));
  }
  const path = { slug, code: who.code };
  const earlier = await api.GET('/v1/operator-models/{slug}/responses/{code}', { params: { path } });
  const etag = earlier.response.ok ? earlier.response.headers.get('etag') : null;
  return unwrap(
    await api.PUT('/v1/operator-models/{slug}/responses/{code}', {
      params: { path },
      body,
      headers: etag ? ifMatch(etag) : {},
    }),
  );
}

/** The steps the API allows next (api/src/modules/operator-models/workflow.ts); consultation has its own panel. */
export const NEXT_STATUS: Record<ModelStatus, ModelStatus[]> = {
  proposal: ['consultation', 'discontinued'],
  consultation: ['decided', 'proposal', 'discontinued'],
  decided: ['operating', 'discontinued'],
  operating: ['discontinued'],
  discontinued: [],
};
