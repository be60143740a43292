import { queryOptions } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, ifMatchOrNew, unwrap, unwrapVersioned, versionedOrNull } from '../../api/client.ts';

export type Assessment = Schemas['MaturityAssessment'];
export type Comparison = Schemas['MaturityComparison'];
/** The API's eight dimensions, by the names its schema gives them. */
export type Dimension = keyof Schemas['MaturityComparison']['median'];

export const maturityQueries = {
  comparison: (association: string, year: number) =>
    queryOptions({
      queryKey: ['maturity', 'comparison', association, year],
      enabled: association !== '',
      queryFn: async () => unwrap(await api.GET('/v1/maturity', { params: { query: { association, year } } })),
    }),
  /** One municipality's assessment of a year, or null where there is none yet. */
  assessment: (code: string, year: number) =>
    queryOptions({
      queryKey: ['maturity', 'assessment', code, year],
      enabled: code !== '',
      queryFn: async () =>
        versionedOrNull(
          await api.GET('/v1/municipalities/{code}/maturity/{year}', { params: { path: { code, year } } }),
        ),
    }),
};

/** Records the whole assessment of the year, over the version opened or as a new one. */
export const putAssessment = async (
  code: string,
  year: number,
  body: Schemas['MaturityInput'],
  etag: string | undefined,
) =>
  unwrapVersioned(
    await api.PUT('/v1/municipalities/{code}/maturity/{year}', {
      params: { path: { code, year } },
      headers: ifMatchOrNew(etag),
      body,
    }),
  );

/** The year a view opens at when the URL names none: this one. */
export const thisYear = () => new Date().getFullYear();

/** A year from the URL, or this year when it names none (or nonsense). */
export const yearOf = (value: unknown) => {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear();
};
