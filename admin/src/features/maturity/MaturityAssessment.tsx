import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m as common } from '../../components/messages.ts';
import { useReach } from '../organisations/scope.ts';
import { AssessmentForm } from './AssessmentForm.tsx';
import './maturity.css';
import { m } from './messages.ts';
import { maturityQueries, yearOf } from './queries.ts';
import { YearField } from './YearField.tsx';

/**
 * A municipality's maturity assessment of a year, to fill in or change. Only municipalities in the
 * person's reach are offered; the municipality and year are in the URL, and leaving unsaved changes
 * (another municipality, another year, another page) asks first.
 */
export function MaturityAssessment() {
  const { search, update } = useListSearch();
  const id = useId();
  const reach = useReach();
  const offered = reach.data?.municipalities ?? [];
  const chosen = typeof search.municipality === 'string' ? search.municipality : '';
  const municipality = offered.find((x) => x.code === chosen);
  const year = yearOf(search.year);
  const assessment = useQuery({
    ...maturityQueries.assessment(municipality?.code ?? '', year),
    staleTime: 0,
    refetchOnMount: 'always',
  });
  const loading = assessment.isPending || (assessment.isFetching && !assessment.isFetchedAfterMount);

  return (
    <section aria-labelledby="page-heading">
      <p>
        <Link to="/mognad" search={{ year: String(year) }}>
          {m.compareLink}
        </Link>
      </p>
      <h1 id="page-heading">{municipality ? `${m.formTitle}: ${municipality.name} ${year}` : m.formTitle}</h1>
      <p>{m.formIntro}</p>
      <div className="filter-row">
        <form className="filters" aria-label={m.pickLabel} onSubmit={(event) => event.preventDefault()}>
          <div className="filter">
            <label htmlFor={`${id}-municipality`}>{m.municipality}</label>
            <select
              id={`${id}-municipality`}
              value={municipality?.code ?? ''}
              onChange={(event) => update({ municipality: event.target.value || undefined })}
            >
              <option value="">{m.chooseMunicipality}</option>
              {offered.map((x) => (
                <option key={x.code} value={x.code}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
          <YearField year={year} onChange={(next) => update({ year: String(next) })} />
        </form>
      </div>
      {reach.error ? <ErrorNotice error={reach.error} /> : null}
      {assessment.error ? <ErrorNotice error={assessment.error} retry={() => assessment.refetch()} /> : null}
      {reach.data && offered.length === 0 ? <p className="notice">{m.noMunicipalities}</p> : null}
      {!municipality ? (
        <p className="summary">{m.pickMunicipality}</p>
      ) : loading ? (
        <p aria-live="polite">{common.loading}</p>
      ) : assessment.error ? null : (
        <AssessmentForm
          key={`${municipality.code}/${year}`}
          code={municipality.code}
          name={municipality.name}
          year={year}
          opened={assessment.data ?? undefined}
        />
      )}
    </section>
  );
}
