import { diffLines, displayValue, type FieldChange } from './diff.ts';
import { m } from './messages.ts';

/**
 * Before and after of each changed field, side by side; long texts (several lines) as a line diff.
 * `labels` names the fields in Swedish; a field without a label shows its path.
 */
export function DiffView({
  changes,
  labels = {},
  beforeLabel = m.before,
  afterLabel = m.after,
}: {
  changes: FieldChange[];
  labels?: Record<string, string>;
  beforeLabel?: string;
  afterLabel?: string;
}) {
  if (changes.length === 0) return <p>{m.noDifferences}</p>;
  return (
    <div className="table-scroll">
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
                    {change.kind === 'added' ? <em>{m.empty_value}</em> : <del>{displayValue(change.before)}</del>}
                  </td>
                  <td>
                    {change.kind === 'removed' ? <em>{m.empty_value}</em> : <ins>{displayValue(change.after)}</ins>}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const isLongText = (change: FieldChange) =>
  [change.before, change.after].some((value) => typeof value === 'string' && value.includes('\n'));

function LineDiff({ before, after }: { before: string; after: string }) {
  return (
    <pre className="line-diff">
      {diffLines(before, after).map((line, index) =>
        line.kind === 'same' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a diff have no identity but their place
          <span key={index}>{`  ${line.text}\n`}</span>
        ) : line.kind === 'removed' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <del key={index}>{`- ${line.text}\n`}</del>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <ins key={index}>{`+ ${line.text}\n`}</ins>
        ),
      )}
    </pre>
  );
}
