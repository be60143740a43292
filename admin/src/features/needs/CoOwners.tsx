import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Versioned } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DemoBadge } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { PlainTable } from '../../components/PlainTable.tsx';
import { useAction } from '../../components/useAction.ts';
import { MunicipalitySelect } from '../organisations/MunicipalitySelect.tsx';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { addCoOwner, type Need, needQueries, OPEN_TO_OTHERS, removeCoOwner } from './queries.ts';

/**
 * "Vi har också detta behov": the municipalities that share the need, with their volume; an editor
 * joins for a municipality in scope or leaves for one. Leaving names the need's version (If-Match).
 */
export function CoOwners({ opened }: { opened: Versioned<Need> }) {
  const n = opened.data;
  const t = m.coOwners;
  const client = useQueryClient();
  const scope = useScope();
  const [code, setCode] = useState('');
  const [volume, setVolume] = useState('');
  const [comment, setComment] = useState('');
  const [leaving, setLeaving] = useState<{ code: string; name: string } | null>(null);
  const { pending, error, run } = useAction();
  const taken = new Set([n.owner.code, ...n.coOwners.map((c) => c.municipality.code)]);
  const joinable = scope.municipalities.filter((item) => !taken.has(item.code));
  const open = OPEN_TO_OTHERS.includes(n.status);

  const saved = (need: Versioned<Need>, message: string) => {
    client.setQueryData(needQueries.detail(n.id).queryKey, need);
    void client.invalidateQueries({ queryKey: ['needs', 'list'] });
    flash(message);
  };
  const join = (event: FormEvent) => {
    event.preventDefault();
    const name = joinable.find((item) => item.code === code)?.name ?? code;
    void run(async () => {
      const need = await addCoOwner(n.id, {
        municipality: code,
        estimatedVolume: Number(volume),
        comment: comment.trim() || null,
      });
      saved(need, t.joined(name));
      setCode('');
      setVolume('');
      setComment('');
    });
  };
  const leave = (who: { code: string; name: string }) =>
    run(async () => {
      const need = await removeCoOwner(n.id, who.code, opened.etag);
      saved(need, t.left(who.name));
      setLeaving(null);
    });

  return (
    <section aria-labelledby="co-owners-heading">
      <h2 id="co-owners-heading">{t.heading}</h2>
      {n.coOwners.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <PlainTable
          caption={t.heading}
          hideCaption
          headers={[t.municipality, t.volume, t.comment, t.since, t.leave]}
          rows={n.coOwners.map((c) => ({
            key: c.municipality.code,
            cells: [
              <>
                {c.municipality.name} {c.demo ? <DemoBadge /> : null}
              </>,
              c.estimatedVolume,
              c.comment ?? m.none,
              new Date(c.since).toLocaleDateString('sv-SE'),
              scope.coversMunicipality(c.municipality.code) ? (
                <button
                  type="button"
                  className="button small"
                  aria-label={t.leaveFor(c.municipality.name)}
                  onClick={() => setLeaving(c.municipality)}
                >
                  {t.leave}
                </button>
              ) : (
                m.none
              ),
            ],
          }))}
        />
      )}
      {!open ? (
        <p className="hint">{t.closed}</p>
      ) : joinable.length === 0 ? (
        <p className="hint">{t.nothingToJoin}</p>
      ) : (
        <form className="filters" aria-label={t.joinLabel} onSubmit={join}>
          <Field label={t.municipality} required>
            <MunicipalitySelect value={code} onChange={setCode} offered={joinable} placeholder={t.chooseMunicipality} />
          </Field>
          <Field label={t.volume} hint={m.volumeHint} required>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              value={volume}
              onChange={(event) => setVolume(event.target.value)}
              required
            />
          </Field>
          <Field label={t.comment}>
            <input value={comment} onChange={(event) => setComment(event.target.value)} />
          </Field>
          <button type="submit" className="button primary" disabled={pending || code === '' || volume === ''}>
            {t.join}
          </button>
        </form>
      )}
      {error ? <ErrorNotice error={error} /> : null}
      <ConfirmDialog
        isOpen={leaving !== null}
        title={leaving ? t.leaveTitle(leaving.name) : ''}
        confirmLabel={t.leave}
        onConfirm={() => (leaving ? leave(leaving) : undefined)}
        onCancel={() => setLeaving(null)}
        pending={pending}
      >
        <p>{t.leaveBody}</p>
      </ConfirmDialog>
    </section>
  );
}
