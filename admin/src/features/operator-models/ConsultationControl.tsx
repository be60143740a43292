import { type FormEvent, useState } from 'react';
import type { Versioned } from '../../api/client.ts';
import { Field } from '../../components/Field.tsx';
import { useScope } from '../organisations/scope.ts';
import { m } from './messages.ts';
import type { ModelStatus, OperatorModel } from './queries.ts';

type Change = {
  status: ModelStatus;
  consultation?: { association: string | null; opens: string | null; closes: string | null };
};

/**
 * An admin sends a proposal out for consultation to an association's members (an umbrella's included),
 * with its dates, and closes it with a decision or back to proposal.
 */
export function ConsultationControl({
  opened,
  pending,
  onChange,
}: {
  opened: Versioned<OperatorModel>;
  pending: boolean;
  onChange: (change: Change, message: string) => void;
}) {
  const t = m.consultation;
  const model = opened.data;
  const scope = useScope();
  const today = new Date().toISOString().slice(0, 10);
  const [association, setAssociation] = useState(model.consultation.association?.slug ?? '');
  const [opens, setOpens] = useState(model.consultation.opens ?? today);
  const [closes, setCloses] = useState(model.consultation.closes ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(
      { status: 'consultation', consultation: { association, opens: opens || null, closes: closes || null } },
      t.opened,
    );
  };
  if (model.status === 'consultation') {
    const { association: consulted, opens: from, closes: to } = model.consultation;
    return (
      <section aria-labelledby="consultation-control-heading">
        <h2 id="consultation-control-heading">{t.heading}</h2>
        <p>{t.period(consulted?.name ?? m.summary.members, from ?? m.none, to ?? m.none)}</p>
        <p className="hint">{t.closeHint}</p>
        <fieldset className="actions">
          <legend className="visually-hidden">{t.close}</legend>
          <button
            type="button"
            className="button primary"
            disabled={pending}
            onClick={() => onChange({ status: 'decided' }, t.closed)}
          >
            {t.closeDecided}
          </button>
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => onChange({ status: 'proposal' }, t.closed)}
          >
            {t.closeBack}
          </button>
        </fieldset>
      </section>
    );
  }
  if (model.status !== 'proposal') return null;
  return (
    <section aria-labelledby="consultation-control-heading">
      <h2 id="consultation-control-heading">{t.heading}</h2>
      <form className="filters" aria-label={t.open} onSubmit={submit}>
        <Field label={t.association} hint={t.associationHint} required>
          <select value={association} onChange={(event) => setAssociation(event.target.value)} required>
            <option value="">{t.chooseAssociation}</option>
            {scope.associations.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.opens}>
          <input type="date" value={opens} onChange={(event) => setOpens(event.target.value)} />
        </Field>
        <Field label={t.closes}>
          <input type="date" value={closes} onChange={(event) => setCloses(event.target.value)} />
        </Field>
        <button type="submit" className="button primary" disabled={pending || association === ''}>
          {t.open}
        </button>
      </form>
    </section>
  );
}
