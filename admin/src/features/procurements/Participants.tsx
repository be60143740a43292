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
import { type Participation, type Party, type Procurement, procurementQueries, putParticipant } from './queries.ts';

const ORDER = ['interested', 'mandate_given', 'call_off_registered', 'withdrawn'];

/** "Intresserad 2026-03-15, Fullmakt 2026-06-10": each commitment step with the day it was taken. */
export const datesOf = (participant: Pick<Participation, 'commitmentDates'>) =>
  ORDER.filter((step) => participant.commitmentDates[step])
    .map((step) => `${m.commitments[step]} ${participant.commitmentDates[step]}`)
    .join(', ');

/** The words of one kind of participant (municipalities, regions), from the feature's messages. */
export type ParticipantWords = (typeof m)['participants'];

/** One participant as a row shows it: who (kind and key), their name, and whether it is the person's to change. */
export type Taking = Participation & { party: Party; name: string; mine: boolean };

/** The municipalities taking part, each step dated; an editor changes or adds those in scope. */
export function Participants({ procurement }: { procurement: Procurement }) {
  const scope = useScope();
  const taken = new Set(procurement.participants.map((p) => p.municipality.code));
  return (
    <ParticipantSection
      procurement={procurement}
      id="participants"
      t={m.participants}
      takers={procurement.participants.map((p) => ({
        ...p,
        party: { kind: 'municipality', key: p.municipality.code },
        name: p.municipality.name,
        mine: scope.coversMunicipality(p.municipality.code),
      }))}
      joinable={scope.municipalities
        .filter((item) => !taken.has(item.code))
        .map((item) => ({ party: { kind: 'municipality', key: item.code }, name: item.name }))}
    />
  );
}

/**
 * The regions taking part, as municipalities do: shown when a region takes part or the person acts for
 * a region that may join (an admin, a region's editor, Gotland's), so others are not offered one.
 */
export function RegionParticipants({ procurement }: { procurement: Procurement }) {
  const scope = useScope();
  const taken = new Set(procurement.publicBodyParticipants.map((p) => p.publicBody.slug));
  const regions = scope.publicBodies.filter((body) => body.kind === 'region');
  if (procurement.publicBodyParticipants.length === 0 && regions.length === 0) return null;
  return (
    <ParticipantSection
      procurement={procurement}
      id="region-participants"
      t={m.regionParticipants}
      takers={procurement.publicBodyParticipants.map((p) => ({
        ...p,
        party: { kind: 'publicBody', key: p.publicBody.slug },
        name: p.publicBody.name,
        mine: scope.coversPublicBody(p.publicBody.slug),
      }))}
      joinable={regions
        .filter((body) => !taken.has(body.slug))
        .map((body) => ({ party: { kind: 'publicBody', key: body.slug }, name: body.name }))}
    />
  );
}

/** Those of one kind taking part, each step dated, the one being changed, and a form to join for one in scope. */
function ParticipantSection({
  procurement,
  id,
  t,
  takers,
  joinable,
}: {
  procurement: Procurement;
  id: string;
  t: ParticipantWords;
  takers: Taking[];
  joinable: { party: Party; name: string }[];
}) {
  const client = useQueryClient();
  const [editing, setEditing] = useState<Taking | null>(null);
  const [key, setKey] = useState('');
  const [role, setRole] = useState<Participation['role']>('participant');
  const [volume, setVolume] = useState('');
  const { pending, error, run } = useAction();
  const closed = procurement.stage === 'expired' || procurement.stage === 'cancelled';
  const heading = `${id}-heading`;

  const refresh = () => client.invalidateQueries({ queryKey: procurementQueries.detail(procurement.id).queryKey });
  const join = (event: FormEvent) => {
    event.preventDefault();
    const chosen = joinable.find((item) => item.party.key === key);
    if (!chosen) return;
    void run(async () => {
      await putParticipant(
        procurement.id,
        chosen.party,
        { commitment: 'interested', role, estimatedVolume: volume === '' ? null : Number(volume) },
        undefined,
      );
      await refresh();
      setKey('');
      setVolume('');
      flash(t.joined(chosen.name));
    });
  };

  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t.heading}</h2>
      {takers.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <PlainTable
          caption={t.heading}
          hideCaption
          headers={[t.party, t.role, t.commitment, t.dates, t.volume, t.change]}
          rows={takers.map((p) => ({
            key: p.party.key,
            cells: [
              <>
                {p.name} {p.demo ? <DemoBadge /> : null}
              </>,
              m.roles[p.role],
              m.commitments[p.commitment],
              datesOf(p),
              p.estimatedVolume ?? m.none,
              !closed && p.mine ? (
                <button
                  type="button"
                  className="button small"
                  aria-label={t.changeFor(p.name)}
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
          key={editing.party.key}
          procurementId={procurement.id}
          party={editing.party}
          name={editing.name}
          t={t}
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
          <Field label={t.party} required>
            <MunicipalitySelect
              value={key}
              onChange={setKey}
              offered={joinable.map((item) => ({ code: item.party.key, name: item.name }))}
              placeholder={t.chooseParty}
            />
          </Field>
          <Field label={t.role}>
            <select value={role} onChange={(event) => setRole(event.target.value as Participation['role'])}>
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
          <button type="submit" className="button primary" disabled={pending || key === ''}>
            {t.join}
          </button>
        </form>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
