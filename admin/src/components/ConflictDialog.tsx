import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { DiffView } from './DiffView.tsx';
import { diffFields } from './diff.ts';
import { m } from './messages.ts';

/**
 * The answer to a 412: someone saved this while it was open. Shows their version beside yours, field
 * by field, and lets the person take theirs, go on editing, or save theirs over (with the new ETag).
 */
export function ConflictDialog({
  what,
  theirs,
  yours,
  labels,
  onTakeTheirs,
  onKeepEditing,
  onSaveMine,
}: {
  what: string;
  theirs: object;
  yours: object;
  labels: Record<string, string>;
  onTakeTheirs: () => void;
  onKeepEditing: () => void;
  onSaveMine: () => void;
}) {
  return (
    <ModalOverlay isOpen onOpenChange={(open) => (open ? undefined : onKeepEditing())} className="overlay">
      <Modal className="modal wide">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{m.conflictTitle(what)}</Heading>
          <p>{m.conflictIntro}</p>
          <DiffView changes={diffFields(theirs, yours)} labels={labels} beforeLabel={m.theirs} afterLabel={m.yours} />
          <div className="actions">
            <Button className="button" onPress={onTakeTheirs}>
              {m.takeTheirs}
            </Button>
            <Button className="button" onPress={onKeepEditing}>
              {m.keepEditing}
            </Button>
            <Button className="button danger" onPress={onSaveMine}>
              {m.saveMine}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
