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
import { m } from './messages.ts';
import { type Need, needQueries, OPEN_TO_OTHERS } from './queries.ts';

/** One organisation that shares the need: its key (code or slug), name, volume, and whether it is the person's to leave. */
export interface Sharer {
  key: string;
  name: string;
  demo: boolean;
  estimatedVolume: number;
  comment: string | null;
  since: string;
  mine: boolean;
}

/** The words of one kind of sharer (municipalities, regions), from the feature's messages. */
export type SharerWords = (typeof m)['coOwners'];

/**
 * "Vi har också detta behov": the organisations of one kind that share the need, with their volume; an
 * editor joins for one in scope or leaves for one. Leaving names the need's version (If-Match).
 */
export function SharedNeed({
  opened,
  t,
  id,
  sharers,
  joinable,
  reachesNone,
  actsFor,
  add,
  remove,
}: {
  opened: Versioned<Need>;
  t: SharerWords;
  id: string;
  sharers: Sharer[];
  joinable: { code: string; name: string }[];
  /** Whether the person acts for none of this kind (a region's editor and municipalities, say). */
  reachesNone: boolean;
  /** The organisation an editor acts for, named in the hint when they act for none of this kind. */
  actsFor: string | null;
  add: (key: string, estimatedVolume: number, comment: string | null) => Promise<Versioned<Need>>;
  remove: (key: string, etag: string) => Promise<Versioned<Need>>;
}) {
  const n = opened.data;
  const client = useQueryClient();
  const [code, setCode] = useState('');
  const [volume, setVolume] = useState('');
  const [comment, setComment] = useState('');
  const [leaving, setLeaving] = useState<{ key: string; name: string } | null>(null);
  const { pending, error, run } = useAction();
  const open = OPEN_TO_OTHERS.includes(n.status);
  const heading = `${id}-heading`;

  const saved = (need: Versioned<Need>, message: string) => {
    client.setQueryData(needQueries.detail(n.id).queryKey, need);
    void client.invalidateQueries({ queryKey: ['needs', 'list'] });
    flash(message);
  };
  const join = (event: FormEvent) => {
    event.preventDefault();
    const name = joinable.find((item) => item.code === code)?.name ?? code;
    void run(async () => {
      const need = await add(code, Number(volume), comment.trim() || null);
      saved(need, t.joined(name));
      setCode('');
      setVolume('');
      setComment('');
    });
  };
  const leave = (who: { key: string; name: string }) =>
    run(async () => {
      const need = await remove(who.key, opened.etag);
      saved(need, t.left(who.name));
      setLeaving(null);
    });

  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t.heading}</h2>
      {sharers.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <PlainTable
          caption={t.heading}
          hideCaption
          headers={[t.municipality, t.volume, t.comment, t.since, t.leave]}
          rows={sharers.map((c) => ({
            key: c.key,
            cells: [
              <>
                {c.name} {c.demo ? <DemoBadge /> : null}
              </>,
              c.estimatedVolume,
              c.comment ?? m.none,
              new Date(c.since).toLocaleDateString('sv-SE'),
              c.mine ? (
                <button
                  type="button"
                  className="button small"
                  aria-label={t.leaveFor(c.name)}
                  onClick={() => setLeaving(c)}
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
        <p className="hint">{reachesNone && actsFor ? t.notYours(actsFor) : t.nothingToJoin}</p>
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
