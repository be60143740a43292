import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useSyncExternalStore } from 'react';

/** The one message that says a change went through ("Sparat."), shown on the page the person lands on. */
let current: string | null = null;
const listeners = new Set<() => void>();
const set = (message: string | null) => {
  current = message;
  for (const listener of listeners) listener();
};

export const flash = (message: string) => set(message);

/** A polite live region: read out once, gone when the person goes elsewhere. */
export function FlashMessage() {
  const message = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  const path = useRouterState({ select: (state) => state.location.pathname });
  const shownOn = useRef<string | null>(null);
  useEffect(() => {
    if (message === null) shownOn.current = null;
    else if (shownOn.current === null) shownOn.current = path;
    else if (shownOn.current !== path) set(null);
  }, [message, path]);
  return (
    <div role="status" className={message ? 'notice success flash' : 'visually-hidden'}>
      {message}
    </div>
  );
}
