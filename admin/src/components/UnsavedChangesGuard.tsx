import { useBlocker } from '@tanstack/react-router';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { m } from './messages.ts';

/**
 * Asks before leaving a form with unsaved changes: in the admin with a dialog, and when closing or
 * reloading the tab with the browser's own question. `dirty` is read at the moment of leaving.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: () => boolean }) {
  const blocker = useBlocker({ shouldBlockFn: () => dirty(), enableBeforeUnload: () => dirty(), withResolver: true });
  return (
    <ConfirmDialog
      isOpen={blocker.status === 'blocked'}
      title={m.unsavedTitle}
      confirmLabel={m.leave}
      cancelLabel={m.stay}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>{m.unsavedBody}</p>
    </ConfirmDialog>
  );
}
