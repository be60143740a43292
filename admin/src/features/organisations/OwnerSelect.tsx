import type { ComponentProps } from 'react';
import { m } from './messages.ts';

/**
 * Choose an owner or lead among the municipalities and associations the person may pick, with values
 * `municipality:1490` and `association:borasregionen` (and regions, `publicBody:vastra-gotalandsregionen`,
 * where regions may own); the rest of the props go to the select.
 */
export function OwnerSelect({
  municipalities,
  associations,
  regions = [],
  placeholder,
  external,
  ...select
}: ComponentProps<'select'> & {
  municipalities: { code: string; name: string }[];
  associations: { slug: string; name: string }[];
  regions?: { slug: string; name: string }[];
  placeholder: string;
  /** A label for "an organisation outside the register" (value `external:`), where one may lead. */
  external?: string;
}) {
  return (
    <select {...select}>
      <option value="">{placeholder}</option>
      {associations.length > 0 ? (
        <optgroup label={m.associations}>
          {associations.map((a) => (
            <option key={a.slug} value={`association:${a.slug}`}>
              {a.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      {municipalities.length > 0 || regions.length === 0 ? (
        <optgroup label={m.municipalities}>
          {municipalities.map((item) => (
            <option key={item.code} value={`municipality:${item.code}`}>
              {item.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      {regions.length > 0 ? (
        <optgroup label={m.regions}>
          {regions.map((r) => (
            <option key={r.slug} value={`publicBody:${r.slug}`}>
              {r.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      {external ? <option value="external:">{external}</option> : null}
    </select>
  );
}
