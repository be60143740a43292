import {
  type ArrayPath,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormReturn,
  useFieldArray,
} from 'react-hook-form';
import { Field } from './Field.tsx';

export interface Part {
  name: string;
  label: string;
  required?: boolean;
  type?: 'text' | 'number' | 'url' | 'date' | 'textarea';
  /** For a choice among options, such as the lot a supplier won. */
  options?: { value: string; label: string }[];
}

/**
 * A list of like items (lots, documents, services, members), each its own group of labelled fields,
 * added and removed with buttons that say which one.
 */
export function RepeatedFields<Form extends FieldValues>({
  form,
  name,
  parts,
  blank,
  words,
}: {
  form: UseFormReturn<Form>;
  name: ArrayPath<Form>;
  parts: Part[];
  blank: () => Record<string, string>;
  words: { add: string; remove: (n: number) => string; legend: (n: number) => string };
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const errors = (form.formState.errors[name] ?? []) as FieldErrors<Record<string, string>>[];
  return (
    <>
      {fields.map((item, index) => (
        <fieldset key={item.id} className="field repeated">
          <legend>{words.legend(index + 1)}</legend>
          {parts.map((part) => {
            const path = `${name}.${index}.${part.name}` as Path<Form>;
            const registration = form.register(path, part.required ? { required: part.label } : {});
            return (
              <Field key={part.name} label={part.label} required={part.required} error={errors[index]?.[part.name]}>
                {part.options ? (
                  <select {...registration}>
                    {part.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : part.type === 'textarea' ? (
                  <textarea rows={2} {...registration} />
                ) : (
                  <input
                    type={part.type ?? 'text'}
                    inputMode={part.type === 'number' ? 'numeric' : undefined}
                    {...registration}
                  />
                )}
              </Field>
            );
          })}
          <button type="button" className="button small" onClick={() => remove(index)}>
            {words.remove(index + 1)}
          </button>
        </fieldset>
      ))}
      <div className="actions">
        <button type="button" className="button" onClick={() => append(blank() as never)}>
          {words.add}
        </button>
      </div>
    </>
  );
}
