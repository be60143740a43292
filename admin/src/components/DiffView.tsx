import { diffLines, displayValue, type FieldChange } from './diff.ts';
import { m } from './messages.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

/**
 * Before and after of each changed field, side by side; long texts (several lines) as a line diff.
 * `labels` names the fields in Swedish; a field without a label shows its path.
 */
export function DiffView({
  changes,
  labels = {},
  beforeLabel = m.before,
  afterLabel = m.after,
  neutral = false,
}: {
  changes: FieldChange[];
  labels?: Record<string, string>;
  beforeLabel?: string;
  afterLabel?: string;
  /** Two versions side by side (a conflict), neither of them struck out as the old one. */
  neutral?: boolean;
}) {
  if (changes.length === 0) return <p>{m.noDifferences}</p>;
  return (
    <ScrollRegion label={`${beforeLabel} och ${afterLabel}`}>
      <table className="diff">
        <thead>
          <tr>
            <th scope="col">{m.field}</th>
            <th scope="col">{beforeLabel}</th>
            <th scope="col">{afterLabel}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.path}>
              <th scope="row">{labels[change.path] ?? change.path}</th>
              {isLongText(change) ? (
                <td colSpan={2}>
                  <LineDiff before={String(change.before ?? '')} after={String(change.after ?? '')} />
                </td>
              ) : (
                <>
                  <td>
                    {change.kind === 'added' ? (
                      <em>{m.empty_value}</em>
                    ) : neutral ? (
                      displayValue(change.before)
                    ) : (
                      <del>{displayValue(change.before)}</del>
                    )}
                  </td>
                  <td>
                    {change.kind === 'removed' ? (
                      <em>{m.empty_value}</em>
                    ) : neutral ? (
                      displayValue(change.after)
                    ) : (
                      <ins>{displayValue(change.after)}</ins>
                    )}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const isLongText = (change: FieldChange) =>
  [change.before, change.after].some((value) => typeof value === 'string' && value.includes('\n'));

function LineDiff({ before, after }: { before: string; after: string }) {
  return (
    <pre className="line-diff">
      {diffLines(before, after).map((line, index) =>
        line.kind === 'same' ? (
          <span key={index}>{`  ${line.text}\n`}</span>
        ) : line.kind === 'removed' ? (
          <del key={index}>{`- ${line.text}\n`}</del>
        ) : (
          <ins key={index}>{`+ ${line.text}\n`}</ins>
        ),
      )}
    </pre>
  );
}
