import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { type AnsweredPosition, answer, modelQueries, type Respondent } from './queries.ts';

type Named = { code: string; name: string };
const bySwedishName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/** The select's value for a respondent: municipalities by code, public bodies by slug, never confused. */
const optionValue = (who: Respondent) => (who.kind === 'municipality' ? `kommun:${who.code}` : `aktor:${who.slug}`);

/**
 * An editor answers for a consulted municipality or public body in scope; only those are offered (so a
 * Borås editor is never offered the region, nor a region's editor a municipality).
 */
export function AnswerForm({
  slug,
  consulted,
  bodies,
}: {
  slug: string;
  consulted: Named[];
  bodies: { slug: string; name: string }[];
}) {
  const t = m.answer;
  const scope = useScope();
  const client = useQueryClient();
  const [chosen, setChosen] = useState('');
  const [position, setPosition] = useState<AnsweredPosition>('supports');
  const [comment, setComment] = useState('');
  const municipalities = consulted.filter((c) => scope.coversMunicipality(c.code)).sort(bySwedishName);
  const publicBodies = bodies.filter((b) => scope.coversPublicBody(b.slug)).sort(bySwedishName);
  const offered = [
    ...municipalities.map((c) => ({ who: { kind: 'municipality', code: c.code } as Respondent, name: c.name })),
    ...publicBodies.map((b) => ({ who: { kind: 'publicBody', slug: b.slug } as Respondent, name: b.name })),
  ].map((item) => ({ ...item, value: optionValue(item.who) }));
  const send = useMutation({
    mutationFn: (which: Respondent) => answer(slug, which, { position, comment: comment.trim() || null }),
    onSuccess: () => client.invalidateQueries({ queryKey: modelQueries.summary(slug).queryKey }),
  });
  if (offered.length === 0) return <p className="hint">{t.nothing}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const item = offered.find((o) => o.value === chosen);
    if (item) send.mutate(item.who);
  };
  const name = send.variables ? offered.find((o) => o.value === optionValue(send.variables))?.name : undefined;
  const options = (items: typeof offered) =>
    items.map((item) => (
      <option key={item.value} value={item.value}>
        {item.name}
      </option>
    ));
  const ofKind = (kind: Respondent['kind']) => offered.filter((o) => o.who.kind === kind);
  return (
    <form className="filters answer" aria-label={t.label} onSubmit={submit}>
      <Field label={publicBodies.length > 0 ? t.respondent : t.municipality} required>
        <select value={chosen} onChange={(event) => setChosen(event.target.value)} required>
          <option value="">{publicBodies.length > 0 ? t.chooseRespondent : t.choose}</option>
          {publicBodies.length > 0 && municipalities.length > 0 ? (
            <>
              <optgroup label={t.municipalities}>{options(ofKind('municipality'))}</optgroup>
              <optgroup label={t.publicBodies}>{options(ofKind('publicBody'))}</optgroup>
            </>
          ) : (
            options(offered)
          )}
        </select>
      </Field>
      <Field label={t.position}>
        <select value={position} onChange={(event) => setPosition(event.target.value as AnsweredPosition)}>
          {(['supports', 'supports_with_reservations', 'rejects'] as const).map((value) => (
            <option key={value} value={value}>
              {m.positions[value]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.comment}>
        <input value={comment} onChange={(event) => setComment(event.target.value)} />
      </Field>
      <button type="submit" className="button primary" disabled={send.isPending || chosen === ''}>
        {t.submit}
      </button>
      {send.error ? <ErrorNotice error={send.error} /> : null}
      {send.isSuccess ? <p role="status">{t.saved(name ?? '')}</p> : null}
    </form>
  );
}
