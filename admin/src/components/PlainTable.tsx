import type { ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion.tsx';

/**
 * A small table of facts (not a paged list): a caption, column headers, and rows whose first cell
 * heads the row. Wide tables scroll inside their own region, never the page.
 */
export function PlainTable({
  caption,
  headers,
  rows,
  hideCaption = false,
  className,
}: {
  caption: string;
  headers: string[];
  rows: { key: string; cells: ReactNode[]; data?: Record<string, string> }[];
  hideCaption?: boolean;
  className?: string;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className={className}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} {...row.data}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
