import { useState } from 'react';

/**
 * One thing a button does at a time (a workflow step, joining, leaving): whether it is under way, and
 * what went wrong last, for the page to show. `after` runs whatever happened (closing a dialog).
 */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async (work: () => Promise<void>, after?: () => void) => {
    setPending(true);
    setError(undefined);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      after?.();
    }
  };
  return { pending, error, run };
}
