import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { DemoBadge } from '../../components/DemoBadge.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { Options } from '../../components/Options.tsx';
import { PlainTable } from '../../components/PlainTable.tsx';
import { useAction } from '../../components/useAction.ts';
import { MunicipalitySelect } from '../organisations/MunicipalitySelect.tsx';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import { ParticipantEditor } from './ParticipantEditor.tsx';
import { type Participant, type Procurement, procurementQueries, putParticipant } from './queries.ts';

const ORDER = ['interested', 'mandate_given', 'call_off_registered', 'withdrawn'];

/** "Intresserad 2026-03-15, Fullmakt 2026-06-10": each commitment step with the day it was taken. */
export const datesOf = (participant: Participant) =>
  ORDER.filter((step) => participant.commitmentDates[step])
    .map((step) => `${m.commitments[step]} ${participant.commitmentDates[step]}`)
    .join(', ');

/** The municipalities taking part, each step dated; an editor changes or adds those in scope. */
export function Participants({ procurement }: { procurement: Procurement }) {
  const t = m.participants;
  const scope = useScope();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Participant | null>(null);
  const [code, setCode] = useState('');
  const [role, setRole] = useState<Participant['role']>('participant');
  const [volume, setVolume] = useState('');
  const { pending, error, run } = useAction();
  const closed = procurement.stage === 'expired' || procurement.stage === 'cancelled';
  const taken = new Set(procurement.participants.map((p) => p.municipality.code));
  const joinable = scope.municipalities.filter((item) => !taken.has(item.code));

  const refresh = () => client.invalidateQueries({ queryKey: procurementQueries.detail(procurement.id).queryKey });
  const join = (event: FormEvent) => {
    event.preventDefault();
    const name = joinable.find((item) => item.code === code)?.name ?? code;
    void run(async () => {
      await putParticipant(
        procurement.id,
        code,
        { commitment: 'interested', role, estimatedVolume: volume === '' ? null : Number(volume) },
        undefined,
      );
      await refresh();
      setCode('');
      setVolume('');
      flash(t.joined(name));
    });
  };

  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t.heading}</h2>
      {procurement.participants.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <PlainTable
          caption={t.heading}
          hideCaption
          headers={[t.municipality, t.role, t.commitment, t.dates, t.volume, t.change]}
          rows={procurement.participants.map((p) => ({
            key: p.municipality.code,
            cells: [
              <>
                {p.municipality.name} {p.demo ? <DemoBadge /> : null}
              </>,
              m.roles[p.role],
              m.commitments[p.commitment],
              datesOf(p),
              p.estimatedVolume ?? m.none,
              !closed && scope.coversMunicipality(p.municipality.code) ? (
                <button
                  type="button"
                  className="button small"
                  aria-label={t.changeFor(p.municipality.name)}
                  // One participation at a time, so an open one's changes are never dropped for another.
                  disabled={editing !== null}
                  onClick={() => setEditing(p)}
                >
                  {t.change}
                </button>
              ) : (
                m.none
              ),
            ],
          }))}
        />
      )}
      {editing ? (
        <ParticipantEditor
          key={editing.municipality.code}
          procurementId={procurement.id}
          participant={editing}
          onDone={() => {
            setEditing(null);
            void refresh();
          }}
        />
      ) : null}
      {!procurement.openForParticipants ? (
        <p className="hint">{t.closed}</p>
      ) : joinable.length > 0 ? (
        <form className="filters" aria-label={t.joinLabel} onSubmit={join}>
          <Field label={t.municipality} required>
            <MunicipalitySelect value={code} onChange={setCode} offered={joinable} placeholder={t.chooseMunicipality} />
          </Field>
          <Field label={t.role}>
            <select value={role} onChange={(event) => setRole(event.target.value as Participant['role'])}>
              <Options labels={m.roles} />
            </select>
          </Field>
          <Field label={t.volume}>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              value={volume}
              onChange={(e) => setVolume(e.target.value)}
            />
          </Field>
          <button type="submit" className="button primary" disabled={pending || code === ''}>
            {t.join}
          </button>
        </form>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
