import { DIMENSIONS, m } from './messages.ts';
import type { Comparison, Dimension } from './queries.ts';

// Each dimension's name above its row, so the scale has the whole width and reads on a phone too.
const WIDTH = 480;
const LEFT = 24;
const RIGHT = WIDTH - 24;
const ROW = 58;
const TOP = 30;
const x = (level: number) => LEFT + ((level - 1) / 4) * (RIGHT - LEFT);
const format = (value: number | null | undefined) =>
  value === null || value === undefined ? m.none : String(value).replace('.', ',');

/** Each dimension's levels, as "nivå 2: 3, nivå 4: 1": what the chart's dots say, in words. */
function levelsText(comparison: Comparison, dimension: Dimension) {
  const counts = new Map<number, number>();
  for (const member of comparison.members) {
    const level = member.dimensions?.[dimension]?.level;
    if (level !== undefined) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  if (counts.size === 0) return m.noLevels;
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([level, count]) => m.levelCount(level, count))
    .join(', ');
}

/**
 * The comparison as a dot plot: per dimension one dot per member at its level (1–5) and a bar at the
 * association's median. The same figures are in the text below it and in the table beside it.
 */
export function MaturityChart({ comparison, title }: { comparison: Comparison; title: string }) {
  const height = TOP + DIMENSIONS.length * ROW + 4;
  return (
    <figure className="maturity-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="maturity-chart-title maturity-chart-desc">
        <title id="maturity-chart-title">{title}</title>
        <desc id="maturity-chart-desc">{m.chartDescription}</desc>
        {[1, 2, 3, 4, 5].map((level) => (
          <g key={level}>
            <line x1={x(level)} x2={x(level)} y1={TOP - 6} y2={height - 4} className="grid" />
            <text x={x(level)} y={TOP - 12} textAnchor="middle" className="axis">
              {level}
            </text>
          </g>
        ))}
        {DIMENSIONS.map((dimension, row) => {
          const y = TOP + row * ROW + 38;
          const levels = comparison.members
            .map((member) => ({ name: member.municipality.name, level: member.dimensions?.[dimension]?.level }))
            .filter((dot): dot is { name: string; level: number } => dot.level !== undefined);
          const median = comparison.median[dimension];
          return (
            <g key={dimension}>
              <text x={4} y={y - 18} className="label">
                {m.dimensions[dimension]}
              </text>
              {levels.map((dot) => {
                // Members at the same level sit side by side around it, closer the more they are.
                const same = levels.filter((other) => other.level === dot.level);
                const index = same.indexOf(dot);
                const step = Math.min(11, 90 / Math.max(same.length - 1, 1));
                return (
                  <circle
                    key={dot.name}
                    cx={x(dot.level) + (index - (same.length - 1) / 2) * step}
                    cy={y}
                    r={5}
                    className="member"
                  >
                    <title>{`${dot.name}: ${dot.level}`}</title>
                  </circle>
                );
              })}
              {median === null ? null : (
                <rect x={x(median) - 2.5} y={y - 12} width={5} height={24} className="median">
                  <title>{`${m.median}: ${format(median)}`}</title>
                </rect>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p className="hint">{m.chartKey}</p>
        <details>
          <summary>{m.chartText}</summary>
          <ul className="chart-text">
            {DIMENSIONS.map((dimension) => (
              <li key={dimension}>
                {m.chartLine(
                  m.dimensions[dimension],
                  format(comparison.median[dimension]),
                  levelsText(comparison, dimension),
                )}
              </li>
            ))}
          </ul>
        </details>
      </figcaption>
    </figure>
  );
}

export { format as formatLevel };
