import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatch, unwrap, unwrapVersioned, type Versioned } from '../../api/client.ts';
import type { ListSearch } from '../../components/listSearch.ts';

export type Procurement = Schemas['Procurement'];
/** A procurement as lists give it: the detail view reads the rest. */
export type ProcurementSummary = Schemas['ProcurementSummary'];
export type Stage = Procurement['stage'];
export type Participant = Schemas['Participant'];
export type PublicBodyParticipant = Schemas['PublicBodyParticipant'];
/** A municipality's or a region's part in a procurement: role, commitment steps and volume alike. */
export type Participation = Participant | PublicBodyParticipant;
export type Commitment = Participant['commitment'];
/** Who takes part: a municipality by its code, or a region (a public body) by its slug. */
export type Party = { kind: 'municipality' | 'publicBody'; key: string };

const many = <T>(value: string | number | undefined) => (value ? [value as T] : undefined);

/** Query keys and fetchers for procurement collaborations and their participants, in one place. */
export const procurementQueries = {
  list: (search: ListSearch, offset: number, limit: number) =>
    queryOptions({
      queryKey: ['procurements', 'list', search],
      queryFn: async ({ signal }) =>
        unwrap(
          await api.GET('/v1/procurements', {
            params: {
              query: {
                q: search.q,
                stage: many<Stage>(search.stage),
                association: many<string>(search.association),
                participant: many<string>(search.participant),
                category: many<string>(search.category),
                openForParticipants:
                  search.openForParticipants === undefined ? undefined : search.openForParticipants === 'true',
                sort: (search.sort as 'reference' | undefined) ?? (search.q ? undefined : '-updatedAt'),
                limit,
                offset,
              },
            },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['procurements', 'detail', id],
      queryFn: async () => unwrapVersioned(await api.GET('/v1/procurements/{id}', { params: { path: { id } } })),
    }),
  participant: (id: string, party: Party) =>
    queryOptions({
      queryKey: ['procurements', 'participant', id, party.kind, party.key],
      queryFn: async (): Promise<Versioned<Participation>> =>
        party.kind === 'municipality'
          ? unwrapVersioned(
              await api.GET('/v1/procurements/{id}/participants/{code}', {
                params: { path: { id, code: party.key } },
              }),
            )
          : unwrapVersioned(
              await api.GET('/v1/procurements/{id}/participants/public-bodies/{publicBody}', {
                params: { path: { id, publicBody: party.key } },
              }),
            ),
    }),
};

export const createProcurement = async (body: Schemas['NewProcurement']) =>
  unwrapVersioned(await api.POST('/v1/procurements', { body }));

export const updateProcurement = async (id: string, etag: string, body: Schemas['ProcurementChanges']) =>
  unwrapVersioned(await api.PATCH('/v1/procurements/{id}', { params: { path: { id } }, headers: ifMatch(etag), body }));

export const deleteProcurement = async (id: string, etag: string) =>
  unwrap(await api.DELETE('/v1/procurements/{id}', { params: { path: { id } }, headers: ifMatch(etag) }));

/** Joins (no ETag) or changes (with the participant's ETag) a municipality's or a region's participation. */
export const putParticipant = async (
  id: string,
  party: Party,
  body: Schemas['ParticipantInput'],
  etag: string | undefined,
): Promise<Versioned<Participation>> => {
  const headers = etag ? ifMatch(etag) : {};
  return party.kind === 'municipality'
    ? unwrapVersioned(
        await api.PUT('/v1/procurements/{id}/participants/{code}', {
          params: { path: { id, code: party.key } },
          headers,
          body,
        }),
      )
    : unwrapVersioned(
        await api.PUT('/v1/procurements/{id}/participants/public-bodies/{publicBody}', {
          params: { path: { id, publicBody: party.key } },
          headers,
          body,
        }),
      );
};

/** The OCDS release package as the API gives it, to be saved as a file. */
export const fetchOcds = async (id: string) =>
  unwrap(await api.GET('/v1/procurements/{id}/ocds', { params: { path: { id } } }));

/** The stages the API allows next (api/src/modules/procurements/workflow.ts), cancelled last. */
export const NEXT_STAGES: Record<Stage, Stage[]> = {
  planning: ['needs_analysis', 'market_dialogue', 'tender', 'cancelled'],
  needs_analysis: ['market_dialogue', 'tender', 'cancelled'],
  market_dialogue: ['tender', 'cancelled'],
  tender: ['evaluation', 'cancelled'],
  evaluation: ['awarded', 'tender', 'cancelled'],
  awarded: ['contract_active', 'cancelled'],
  contract_active: ['expired'],
  expired: [],
  cancelled: [],
};

/** A participant's commitment, one step at a time: interested → fullmakt → avropsanmälan, or withdrawn. */
export const NEXT_COMMITMENTS: Record<Commitment, Commitment[]> = {
  interested: ['mandate_given', 'withdrawn'],
  mandate_given: ['call_off_registered', 'withdrawn'],
  call_off_registered: [],
  withdrawn: [],
};
