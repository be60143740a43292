import { errorMessage } from '../api/problems.ts';
import { m } from './messages.ts';

/** What went wrong, in Swedish, with a way to try again where that can help. */
export function ErrorNotice({ error, retry, heading }: { error: unknown; retry?: () => void; heading?: string }) {
  return (
    <div role="alert" className="notice error">
      {heading ? <strong>{heading}: </strong> : null}
      {errorMessage(error)}
      {retry ? (
        <button type="button" className="link-button" onClick={retry}>
          {m.retry}
        </button>
      ) : null}
    </div>
  );
}
