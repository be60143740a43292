import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, ifMatch, unwrap } from '../../api/client.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useSession } from '../session/queries.ts';
import { consultationQueries } from './queries.ts';

type Position = 'supports' | 'supports_with_reservations' | 'rejects';

/**
 * An editor answers the consultation for a municipality in scope (the API refuses others with a
 * reason shown here). Replacing an earlier answer sends its ETag, so two people cannot overwrite
 * each other unseen.
 */
export function AnswerForm({
  slug,
  municipalities,
}: {
  slug: string;
  municipalities: { code: string; name: string }[];
}) {
  const session = useSession().data ?? null;
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [position, setPosition] = useState<Position>('supports');
  const [comment, setComment] = useState('');
  const answer = useMutation({
    mutationFn: async () => {
      const path = { slug, code };
      const earlier = await api.GET('/v1/operator-models/{slug}/responses/{code}', { params: { path } });
      const etag = earlier.response.ok ? earlier.response.headers.get('etag') : null;
      return unwrap(
        await api.PUT('/v1/operator-models/{slug}/responses/{code}', {
          params: { path },
          body: { position, comment: comment || null },
          headers: etag ? ifMatch(etag) : {},
        }),
      );
    },
    onSuccess: () => client.invalidateQueries({ queryKey: consultationQueries.summary(slug).queryKey }),
  });
  if (!session) return <p className="hint">Logga in (Konto) för att svara för din kommun.</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate();
  };
  return (
    <form className="filters answer" aria-label="Svara på remissen" onSubmit={submit}>
      <label>
        Kommun
        <select value={code} onChange={(event) => setCode(event.target.value)} required>
          <option value="">Välj kommun</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Ställningstagande
        <select value={position} onChange={(event) => setPosition(event.target.value as Position)}>
          <option value="supports">Tillstyrker</option>
          <option value="supports_with_reservations">Tillstyrker med reservationer</option>
          <option value="rejects">Avstyrker</option>
        </select>
      </label>
      <label>
        Kommentar
        <input value={comment} onChange={(event) => setComment(event.target.value)} />
      </label>
      <button type="submit" disabled={answer.isPending || code === ''}>
        Skicka svar
      </button>
      {answer.error ? <ErrorNotice error={answer.error} /> : null}
      {answer.isSuccess ? <p role="status">Svaret är sparat.</p> : null}
    </form>
  );
}
