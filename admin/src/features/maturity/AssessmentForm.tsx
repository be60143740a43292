import { useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { useForm } from 'react-hook-form';
import type { Versioned } from '../../api/client.ts';
import { ApiError } from '../../api/problems.ts';
import { ConflictDialog } from '../../components/ConflictDialog.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Field } from '../../components/Field.tsx';
import { flash } from '../../components/flash.tsx';
import { m as common } from '../../components/messages.ts';
import { orNull } from '../../components/slug.ts';
import { UnsavedChangesGuard } from '../../components/UnsavedChangesGuard.tsx';
import { useResourceEditor } from '../../components/useResourceEditor.ts';
import { DIMENSIONS, m } from './messages.ts';
import { type Assessment, type Dimension, maturityQueries, putAssessment } from './queries.ts';

/** Per dimension a level as chosen ('' = not assessed) and the evidence as typed. */
type AssessmentValues = Record<Dimension, { level: string; evidence: string }>;

const toForm = (assessment: Assessment | undefined): AssessmentValues =>
  Object.fromEntries(
    DIMENSIONS.map((dimension) => {
      const value = assessment?.dimensions[dimension];
      return [dimension, { level: value ? String(value.level) : '', evidence: value?.evidence ?? '' }];
    }),
  ) as AssessmentValues;

const toBody = (values: AssessmentValues): Schemas['MaturityInput'] => ({
  dimensions: Object.fromEntries(
    DIMENSIONS.flatMap((dimension) =>
      values[dimension].level === ''
        ? []
        : [[dimension, { level: Number(values[dimension].level), evidence: orNull(values[dimension].evidence) }]],
    ),
  ),
});

/** "Strategi – nivå": how the conflict dialog names each field. */
const LABELS = Object.fromEntries(
  DIMENSIONS.flatMap((dimension) => [
    [`${dimension}.level`, `${m.dimensions[dimension]} – ${m.level.toLowerCase()}`],
    [`${dimension}.evidence`, `${m.dimensions[dimension]} – ${m.evidence.toLowerCase()}`],
  ]),
);

/** The eight dimensions, a level 1–5 and the evidence for each, saved as the whole assessment of the year. */
export function AssessmentForm({
  code,
  name,
  year,
  opened,
}: {
  code: string;
  name: string;
  year: number;
  opened: Versioned<Assessment> | undefined;
}) {
  const client = useQueryClient();
  const form = useForm<AssessmentValues>({ defaultValues: toForm(opened?.data) });
  const editor = useResourceEditor({
    form,
    opened,
    toForm: (data: Assessment) => toForm(data),
    save: (values, etag) => putAssessment(code, year, toBody(values), etag),
    reload: async () => {
      const theirs = await client.fetchQuery({ ...maturityQueries.assessment(code, year), staleTime: 0 });
      if (!theirs) throw new ApiError({ status: 404 }, 404);
      return theirs;
    },
    onSaved: (saved) => {
      client.setQueryData(maturityQueries.assessment(code, year).queryKey, saved);
      void client.invalidateQueries({ queryKey: ['maturity', 'comparison'] });
      flash(m.saved);
    },
    fieldOf: (field) => field.replace(/^dimensions\./, ''),
  });

  return (
    <form onSubmit={editor.submit} noValidate className="resource-form" aria-label={`${m.formTitle}: ${name} ${year}`}>
      {opened ? null : <p className="notice">{m.newAssessment(name, year)}</p>}
      {opened?.data.demo ? <p className="demo-notice">{m.demo}</p> : null}
      {DIMENSIONS.map((dimension) => (
        <fieldset key={dimension} className="dimension">
          <legend>{m.dimensions[dimension]}</legend>
          <Field label={m.level} error={form.formState.errors[dimension]?.level}>
            <select {...form.register(`${dimension}.level`)}>
              <option value="">{m.notAssessed}</option>
              {[1, 2, 3, 4, 5].map((level) => (
                <option key={level} value={String(level)}>
                  {m.levels[level]}
                </option>
              ))}
            </select>
          </Field>
          <Field label={m.evidence} hint={m.evidenceHint} error={form.formState.errors[dimension]?.evidence}>
            <textarea rows={2} {...form.register(`${dimension}.evidence`)} />
          </Field>
        </fieldset>
      ))}
      {editor.error ? <ErrorNotice error={editor.error} /> : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={editor.pending}>
          {editor.pending ? common.saving : common.save}
        </button>
      </div>
      <UnsavedChangesGuard dirty={editor.dirty} />
      {editor.conflict ? (
        <ConflictDialog
          what={m.what}
          theirs={editor.conflict.theirs}
          yours={editor.conflict.yours}
          labels={LABELS}
          onTakeTheirs={editor.conflict.takeTheirs}
          onKeepEditing={editor.conflict.keepEditing}
          onSaveMine={editor.conflict.saveMine}
        />
      ) : null}
    </form>
  );
}
