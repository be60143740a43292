import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { Field } from './Field.tsx';

/** A labelled list box where several options can be chosen (Ctrl/Cmd-click, or Space on a phone). */
export function MultiSelectField<Form extends FieldValues>({
  control,
  name,
  label,
  hint,
  options,
  error,
}: {
  control: Control<Form>;
  name: Path<Form>;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  error?: { message?: string };
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Field label={label} hint={hint} error={error}>
          <select
            multiple
            size={Math.min(6, Math.max(2, options.length))}
            value={field.value as string[]}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange([...event.target.selectedOptions].map((option) => option.value))}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      )}
    />
  );
}
