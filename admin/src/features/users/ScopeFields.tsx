import { useQuery } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/Field.tsx';
import { m as common } from '../../components/messages.ts';
import { pickerQueries } from '../organisations/queries.ts';
import { m } from './messages.ts';

export interface RoleValues {
  role: 'admin' | 'editor';
  scopeKind: 'association' | 'municipality' | 'publicBody';
  association: string;
  municipality: string;
  publicBody: string;
}

/** Role, and for an editor the scope: one association, one municipality or one public body, chosen by name. */
export function ScopeFields<V extends RoleValues>({ form }: { form: UseFormReturn<V> }) {
  const f = form as unknown as UseFormReturn<RoleValues>;
  const associations = useQuery(pickerQueries.associations());
  const municipalities = useQuery(pickerQueries.municipalities());
  const publicBodies = useQuery(pickerQueries.publicBodies());
  const role = f.watch('role');
  const kind = f.watch('scopeKind');
  const errors = f.formState.errors as Record<string, { message?: string } | undefined>;
  // The selects get their values when they mount, so they wait for their options.
  if (associations.isPending || municipalities.isPending || publicBodies.isPending) return <p>{common.loading}</p>;
  return (
    <>
      <Field label={m.fields.role ?? 'Roll'} error={errors.role}>
        <select {...f.register('role')}>
          <option value="editor">{m.roles.editor}</option>
          <option value="admin">{m.roles.admin}</option>
        </select>
      </Field>
      {role === 'editor' ? (
        <fieldset className="field">
          <legend>{m.scopeKind}</legend>
          <label className="check">
            <input type="radio" value="association" {...f.register('scopeKind')} /> {m.scopeAssociation}
          </label>
          <label className="check">
            <input type="radio" value="municipality" {...f.register('scopeKind')} /> {m.scopeMunicipality}
          </label>
          <label className="check">
            <input type="radio" value="publicBody" {...f.register('scopeKind')} /> {m.scopePublicBody}
          </label>
          {kind === 'association' ? (
            <Field label={m.fields['scope.association'] ?? ''} error={errors.association}>
              <select {...f.register('association', { required: m.chooseAssociation })}>
                <option value="">{m.chooseAssociation}</option>
                {associations.data?.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : kind === 'publicBody' ? (
            <Field label={m.fields['scope.publicBody'] ?? ''} error={errors.publicBody}>
              <select {...f.register('publicBody', { required: m.choosePublicBody })}>
                <option value="">{m.choosePublicBody}</option>
                {publicBodies.data?.map((b) => (
                  <option key={b.slug} value={b.slug}>
                    {b.name}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <Field label={m.fields['scope.municipality'] ?? ''} error={errors.municipality}>
              <select {...f.register('municipality', { required: m.chooseMunicipality })}>
                <option value="">{m.chooseMunicipality}</option>
                {municipalities.data?.map((mu) => (
                  <option key={mu.code} value={mu.code}>
                    {mu.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </fieldset>
      ) : null}
    </>
  );
}

/** Where the API's scope errors are shown in the form. */
export const scopeFieldOf = (field: string) =>
  field === 'scope.municipality'
    ? 'municipality'
    : field === 'scope.publicBody'
      ? 'publicBody'
      : field.startsWith('scope')
        ? 'association'
        : field;

export const scopeOf = (v: RoleValues) =>
  v.role === 'admin'
    ? undefined
    : v.scopeKind === 'association'
      ? { association: v.association }
      : v.scopeKind === 'publicBody'
        ? { publicBody: v.publicBody }
        : { municipality: v.municipality };
