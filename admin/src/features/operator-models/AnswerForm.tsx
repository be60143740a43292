import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { MunicipalitySelect } from '../organisations/MunicipalitySelect.tsx';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { type AnsweredPosition, answer, modelQueries } from './queries.ts';

/** An editor answers for a consulted municipality in scope; only those are offered. */
export function AnswerForm({ slug, consulted }: { slug: string; consulted: { code: string; name: string }[] }) {
  const t = m.answer;
  const scope = useScope();
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [position, setPosition] = useState<AnsweredPosition>('supports');
  const [comment, setComment] = useState('');
  const offered = consulted
    .filter((c) => scope.coversMunicipality(c.code))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const send = useMutation({
    mutationFn: (which: string) => answer(slug, which, { position, comment: comment.trim() || null }),
    onSuccess: () => client.invalidateQueries({ queryKey: modelQueries.summary(slug).queryKey }),
  });
  if (offered.length === 0) return <p className="hint">{t.nothing}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(code);
  };
  const name = offered.find((c) => c.code === send.variables)?.name;
  return (
    <form className="filters answer" aria-label={t.label} onSubmit={submit}>
      <Field label={t.municipality} required>
        <MunicipalitySelect value={code} onChange={setCode} offered={offered} placeholder={t.choose} />
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
      <button type="submit" className="button primary" disabled={send.isPending || code === ''}>
        {t.submit}
      </button>
      {send.error ? <ErrorNotice error={send.error} /> : null}
      {send.isSuccess ? <p role="status">{t.saved(name ?? '')}</p> : null}
    </form>
  );
}
