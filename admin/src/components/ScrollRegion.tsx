import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways inside itself on a phone, so the page never does. Keyboard
 * users must be able to scroll it too, hence a named, focusable region (axe: scrollable-region-focusable).
 */
export function ScrollRegion({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to be scrolled
    <section className={className ? `table-scroll ${className}` : 'table-scroll'} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
