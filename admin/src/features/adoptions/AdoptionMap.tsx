import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { MAP_STATUSES, type MapStatus, project, STATUS_PATTERNS } from '@valfardsnavet/geo';
import { useMemo, useState } from 'react';
import { DemoBadge, DemoNotice } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { FilterBar } from '../../components/FilterBar.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m as common } from '../../components/messages.ts';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { pickerQueries } from '../organisations/queries.ts';
import { useHomeFilters } from '../organisations/scope.ts';
import './adoptions.css';
import { m } from './messages.ts';
import { adoptionQueries } from './queries.ts';

const statusName = (status: MapStatus) => (status === 'none' ? m.noStatus : (m.status[status] ?? status));

/**
 * One technology's adoption as a map of the municipalities (a county's or an association's), each
 * municipality focusable and named with its status, a legend in words and patterns, and the same
 * facts as a table. Adoption is public: everyone sees every municipality here; an editor starts at their
 * own association or county.
 */
export function AdoptionMap() {
  const { search } = useListSearch();
  const technology = typeof search.technology === 'string' ? search.technology : '';
  const county = typeof search.county === 'string' ? search.county : undefined;
  const association = typeof search.association === 'string' ? search.association : undefined;
  const home = useHomeFilters();
  const technologies = useQuery(adoptionQueries.technologies(undefined));
  const counties = useQuery(pickerQueries.counties());
  const associations = useQuery(pickerQueries.associations());
  const boundaries = useQuery({
    ...adoptionQueries.boundaries({ county, association }),
    enabled: technology !== '' && !home.pending,
  });
  const map = useQuery(adoptionQueries.map(technology));
  const error = technologies.error ?? counties.error ?? associations.error ?? boundaries.error ?? map.error;

  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">{m.mapTitle}</h1>
      <p className="actions">
        <Link to="/inforande" search={{ association }}>
          {m.overviewLink}
        </Link>
      </p>
      <FilterBar
        label={m.mapFilterLabel}
        filters={[
          {
            name: 'technology',
            label: m.technology,
            allLabel: m.chooseTechnology,
            options: (technologies.data ?? []).map((t) => ({ value: t.slug, label: t.name })),
          },
          {
            name: 'county',
            label: m.county,
            allLabel: m.allCounties,
            options: (counties.data ?? []).map((c) => ({ value: c.code, label: c.name })),
          },
          {
            name: 'association',
            label: m.association,
            allLabel: m.allAssociations,
            options: (associations.data ?? []).map((a) => ({ value: a.slug, label: a.name })),
          },
        ]}
      />
      {error ? <ErrorNotice error={error} /> : null}
      {technology === '' ? (
        <p className="summary">{m.pickTechnology}</p>
      ) : boundaries.data && map.data && !home.pending ? (
        <Choropleth boundaries={boundaries.data} adoption={map.data} busy={boundaries.isFetching} />
      ) : (
        <p aria-live="polite">{common.loading}</p>
      )}
    </section>
  );
}

function Choropleth({
  boundaries,
  adoption,
  busy,
}: {
  boundaries: Parameters<typeof project>[0];
  adoption: { technology: { name: string }; municipalities: { code: string; status: MapStatus; demo: boolean }[] };
  busy: boolean;
}) {
  const [focused, setFocused] = useState<string>();
  const { shapes, height } = useMemo(() => {
    const byCode = new Map(adoption.municipalities.map((x) => [x.code, x]));
    const projected = project(boundaries);
    return {
      height: projected.height,
      shapes: projected.shapes
        .map((shape) => ({
          ...shape,
          status: byCode.get(shape.code)?.status ?? ('none' as const),
          demo: byCode.get(shape.code)?.demo ?? false,
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    };
  }, [boundaries, adoption]);
  if (shapes.length === 0) return <p className="notice">{m.noMunicipalities}</p>;
  const name = adoption.technology.name;
  const counts = new Map<MapStatus, number>();
  for (const shape of shapes) counts.set(shape.status, (counts.get(shape.status) ?? 0) + 1);
  const label = (shape: { name: string; status: MapStatus }) => `${shape.name}: ${statusName(shape.status)}`;
  const current = shapes.find((shape) => shape.code === focused);
  return (
    <>
      <p className="summary" aria-live="polite">
        {m.mapSummary(name, shapes.length, shapes.length - (counts.get('none') ?? 0))}
      </p>
      <DemoNotice shown={shapes.some((shape) => shape.demo)} />
      <figure className="adoption-map" aria-busy={busy}>
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG has no fieldset; the group names the map its municipalities are in */}
        <svg className="map" viewBox={`0 0 400 ${height}`} role="group" aria-label={m.mapLabel(name)}>
          <defs dangerouslySetInnerHTML={{ __html: STATUS_PATTERNS }} />
          {shapes.map((shape) => (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: each municipality is an image the keyboard reaches, to be read out by name and status
            <path
              key={shape.code}
              d={shape.path}
              fill={`url(#p-${shape.status})`}
              tabIndex={0}
              role="img"
              aria-label={label(shape)}
              data-code={shape.code}
              onFocus={() => setFocused(shape.code)}
              onMouseEnter={() => setFocused(shape.code)}
            >
              <title>{label(shape)}</title>
            </path>
          ))}
        </svg>
        <figcaption>
          <h2>{name}</h2>
          <p className="map-caption">{current ? label(current) : ''}</p>
          <h3>{m.legend}</h3>
          <ul className="legend" aria-label={m.legend}>
            {MAP_STATUSES.map((status) => (
              <li key={status}>
                <svg viewBox="0 0 12 9" aria-hidden="true">
                  <rect width="12" height="9" fill={`url(#p-${status})`} />
                </svg>
                {m.legendItem(statusName(status), counts.get(status) ?? 0)}
              </li>
            ))}
          </ul>
          <p className="attribution">
            {m.attribution}: {boundaries.attribution}
          </p>
        </figcaption>
      </figure>
      <h2>{m.tableHeading}</h2>
      <ScrollRegion label={m.tableCaption(name)}>
        <table>
          <caption className="visually-hidden">{m.tableCaption(name)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.municipality}</th>
              <th scope="col">{m.fields.status}</th>
              <th scope="col">{m.source}</th>
            </tr>
          </thead>
          <tbody>
            {shapes.map((shape) => (
              <tr key={shape.code}>
                <th scope="row">{shape.name}</th>
                <td>{statusName(shape.status)}</td>
                <td>{shape.status === 'none' ? '' : shape.demo ? <DemoBadge /> : m.sourceMunicipality}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
