import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { useListSearch } from '../../components/listSearch.ts';
import { m as common } from '../../components/messages.ts';
import { PlainTable } from '../../components/PlainTable.tsx';
import { m } from './messages.ts';
import { modelQueries } from './queries.ts';

const kr = (value: number | null) => (value === null ? m.none : value.toLocaleString('sv-SE'));

/** A yearly cost in, each member's share out by the model's rule; those the rule has no figure for are named. */
export function CostCalculator({ slug }: { slug: string }) {
  const t = m.cost;
  // The yearly cost is in the URL (?arskostnad=12000000): Back, reload and a shared link keep the split.
  const { search, update } = useListSearch();
  const cost = Number(search.arskostnad);
  const annual = search.arskostnad !== undefined && Number.isInteger(cost) && cost >= 0 ? cost : null;
  const [text, setText] = useState(annual === null ? '' : String(annual));
  const preview = useQuery({ ...modelQueries.cost(slug, annual ?? 0), enabled: annual !== null });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(text);
    if (text.trim() !== '' && Number.isInteger(value) && value >= 0)
      update({ arskostnad: String(value) }, { replace: true });
  };
  const data = preview.data;
  const missing = data?.shares.filter((share) => share.shareSek === null).map((share) => share.municipality.name) ?? [];
  return (
    <section aria-labelledby="cost-heading">
      <h2 id="cost-heading">{t.heading}</h2>
      <form className="filters" aria-label={t.label} onSubmit={submit}>
        <Field label={t.annual} required>
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <button type="submit" className="button primary">
          {t.submit}
        </button>
      </form>
      {annual !== null && preview.isPending ? <p>{common.loading}</p> : null}
      {preview.error ? <ErrorNotice error={preview.error} /> : null}
      {data ? (
        <div aria-live="polite">
          <p className="summary">
            {m.costSharings[data.costSharing]}. {t.basis[data.basis]}{' '}
            {t.allocated(data.allocatedSek, data.annualCostSek)}
          </p>
          {missing.length > 0 ? (
            <p className="notice warning" role="note">
              {t.missing(missing, data.costSharing === 'per_user')}
            </p>
          ) : null}
          <PlainTable
            caption={t.heading}
            hideCaption
            headers={[t.municipality, t.population, t.users, t.share, t.percent, t.note]}
            rows={data.shares.map((share) => ({
              key: share.municipality.code,
              cells: [
                share.municipality.name,
                kr(share.population),
                kr(share.users),
                kr(share.shareSek),
                share.sharePercent === null
                  ? m.none
                  : share.sharePercent.toLocaleString('sv-SE', { maximumFractionDigits: 2 }),
                share.note ? (t.notes[share.note] ?? share.note) : m.none,
              ],
            }))}
          />
        </div>
      ) : null}
    </section>
  );
}
