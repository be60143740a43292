import { m } from './messages.ts';
import type { Summary } from './queries.ts';
import './charts.css';

const POSITIONS = ['supports', 'supports_with_reservations', 'rejects', 'no_response'] as const;
type Totals = Summary['totals'];

/** "8 tillfrågade: 3 tillstyrker, 2 tillstyrker med reservationer, 1 avstyrker, 2 inget svar": the bar in words. */
export const describeTotals = (name: string, totals: Totals) =>
  m.summary.bar(
    name,
    totals.total,
    POSITIONS.map((position) => `${totals[position]} ${(m.positions[position] ?? position).toLowerCase()}`),
  );

/**
 * The positions per association as stacked bars, one per association (and one for the consulted public
 * bodies): each bar is an image named by
 * its figures in words (shown above it too, so nothing is said by colour alone), the legend names each position beside its colour, and the
 * table below carries the same figures.
 */
export function PositionChart({ summary }: { summary: Summary }) {
  const groups = summary.associations.map((group) => ({
    name: group.association?.name ?? m.summary.members,
    totals: group.totals,
  }));
  if (summary.publicBodies.bodies.length > 0)
    groups.push({ name: m.summary.publicBodies, totals: summary.publicBodies.totals });
  return (
    <figure className="position-chart">
      <figcaption>{m.summary.chartTitle}</figcaption>
      <ul className="legend" aria-hidden="true">
        {POSITIONS.map((position) => (
          <li key={position}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <rect width="16" height="16" className={`position ${position}`} />
            </svg>
            {m.positions[position]}
          </li>
        ))}
      </ul>
      {groups.map((group) => {
        let x = 0;
        return (
          <div key={group.name} className="bar-row">
            <span className="bar-label" aria-hidden="true">
              {describeTotals(group.name, group.totals)}
            </span>
            <svg
              role="img"
              aria-label={describeTotals(group.name, group.totals)}
              className="bar"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
            >
              {POSITIONS.map((position) => {
                const width = group.totals.total ? (100 * group.totals[position]) / group.totals.total : 0;
                const rect = <rect key={position} x={x} width={width} height={10} className={`position ${position}`} />;
                x += width;
                return rect;
              })}
            </svg>
          </div>
        );
      })}
    </figure>
  );
}
