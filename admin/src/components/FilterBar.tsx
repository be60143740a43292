import { useEffect, useId, useState } from 'react';
import { useListSearch } from './listSearch.ts';
import { m } from './messages.ts';

export interface Filter {
  /** The URL parameter and API filter it sets. */
  name: string;
  label: string;
  options: { value: string; label: string }[];
  /** What "no filter" is called: "Alla län". */
  allLabel?: string;
}

/** A filter's options from a map of API values to Swedish names. */
export const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Search and filters of a list, kept in the URL; typing replaces the URL entry, choosing adds one. */
export function FilterBar({
  label,
  searchLabel,
  filters = [],
}: {
  label: string;
  searchLabel?: string;
  filters?: Filter[];
}) {
  const { search, update } = useListSearch();
  const id = useId();
  const [text, setText] = useState(String(search.q ?? ''));
  // The URL is the truth: Back or a link changes it, and the box follows.
  useEffect(() => setText(String(search.q ?? '')), [search.q]);
  return (
    <form className="filters" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      {searchLabel ? (
        <div className="filter">
          <label htmlFor={`${id}-q`}>{searchLabel}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              update({ q: event.target.value.trim() || undefined }, { replace: true });
            }}
          />
        </div>
      ) : null}
      {filters.map((filter) => (
        <div className="filter" key={filter.name}>
          <label htmlFor={`${id}-${filter.name}`}>{filter.label}</label>
          <select
            id={`${id}-${filter.name}`}
            value={search[filter.name] ?? ''}
            onChange={(event) => update({ [filter.name]: event.target.value || undefined })}
          >
            <option value="">{filter.allLabel ?? m.all}</option>
            {filter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </form>
  );
}
