import type { ComponentProps } from 'react';

/**
 * Choose one of the municipalities offered (those in the person's scope, never more), by name; the
 * rest of the props (id, aria-*) go to the select, so it works inside a Field.
 */
export function MunicipalitySelect({
  value,
  onChange,
  offered,
  placeholder,
  ...select
}: Omit<ComponentProps<'select'>, 'onChange' | 'value'> & {
  value: string;
  onChange: (code: string) => void;
  offered: { code: string; name: string }[];
  placeholder: string;
}) {
  return (
    <select {...select} value={value} onChange={(event) => onChange(event.target.value)} required>
      <option value="">{placeholder}</option>
      {offered.map((item) => (
        <option key={item.code} value={item.code}>
          {item.name}
        </option>
      ))}
    </select>
  );
}
