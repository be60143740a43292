import { useEffect, useId, useState } from 'react';
import { m } from './messages.ts';

/** The year a view is about; a whole year from 2000 to 2100 moves the URL, anything else waits. */
export function YearField({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(year));
  // The URL is the truth: Back or a link changes it, and the box follows.
  useEffect(() => setText(String(year)), [year]);
  return (
    <div className="filter">
      <label htmlFor={id}>{m.year}</label>
      <input
        id={id}
        type="number"
        min={2000}
        max={2100}
        inputMode="numeric"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const next = Number(event.target.value);
          if (Number.isInteger(next) && next >= 2000 && next <= 2100) onChange(next);
        }}
      />
    </div>
  );
}
