import type { ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ErrorNotice } from './ErrorNotice.tsx';
import { m } from './messages.ts';

/** Asks before something that cannot be undone (delete, revoke, leave with unsaved changes). */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  cancelLabel = m.cancel,
  onConfirm,
  onCancel,
  pending = false,
  error,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  error?: unknown;
}) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={(open) => (open ? undefined : onCancel())}
      isDismissable
      className="overlay"
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{title}</Heading>
          {children}
          {error ? <ErrorNotice error={error} /> : null}
          <div className="actions">
            <Button className="button" onPress={onCancel}>
              {cancelLabel}
            </Button>
            <Button className="button danger" onPress={onConfirm} isDisabled={pending}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
