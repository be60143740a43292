import { ConflictDialog } from './ConflictDialog.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { m } from './messages.ts';
import { UnsavedChangesGuard } from './UnsavedChangesGuard.tsx';
import type { useResourceEditor } from './useResourceEditor.ts';

type Editor = Pick<ReturnType<typeof useResourceEditor>, 'error' | 'pending' | 'dirty' | 'conflict'>;

/**
 * The end of every resource form: what went wrong, the save button, the question before leaving with
 * unsaved changes, and on a 412 the conflict dialog with both versions labelled field by field.
 */
export function EditorFooter({
  editor,
  what,
  labels,
  saveLabel = m.save,
  children,
}: {
  editor: Editor;
  what: string;
  labels: Record<string, string>;
  saveLabel?: string;
  /** More buttons beside the save button (Avbryt). */
  children?: React.ReactNode;
}) {
  return (
    <>
      {editor.error ? <ErrorNotice error={editor.error} /> : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={editor.pending}>
          {editor.pending ? m.saving : saveLabel}
        </button>
        {children}
      </div>
      <UnsavedChangesGuard dirty={editor.dirty} />
      {editor.conflict ? (
        <ConflictDialog
          what={what}
          theirs={editor.conflict.theirs}
          yours={editor.conflict.yours}
          labels={labels}
          onTakeTheirs={editor.conflict.takeTheirs}
          onKeepEditing={editor.conflict.keepEditing}
          onSaveMine={editor.conflict.saveMine}
        />
      ) : null}
    </>
  );
}
