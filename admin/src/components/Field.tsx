import { cloneElement, type ReactElement, useId } from 'react';
import type { FieldError } from 'react-hook-form';
import { m } from './messages.ts';

/**
 * A labelled form field with its hint and error, wired for screen readers: the control gets the id,
 * aria-describedby and aria-invalid, so the error the API named is read with the field.
 */
export function Field({
  label,
  hint,
  error,
  required,
  children,
}: {
  label: string;
  hint?: string;
  error?: FieldError | { message?: string } | undefined;
  required?: boolean;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error?.message ? `${id}-error` : undefined;
  return (
    <div className={error?.message ? 'field invalid' : 'field'}>
      <div className="label-line">
        <label htmlFor={id}>{label}</label>
        {/* Said by aria-required on the control; outside the label, so the label is just its name. */}
        {required ? (
          <span className="required" aria-hidden="true">
            ({m.required})
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {cloneElement(children, {
        id,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-invalid': errorId ? true : undefined,
        ...(required ? { 'aria-required': true } : {}),
      })}
      {errorId ? (
        <p id={errorId} className="field-error">
          {error?.message}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes under one legend, such as target groups. */
export function CheckboxGroup({
  legend,
  options,
  error,
  register,
}: {
  legend: string;
  options: { value: string; label: string }[];
  error?: { message?: string } | undefined;
  register: (value: string) => Record<string, unknown>;
}) {
  return (
    <fieldset className={error?.message ? 'field invalid' : 'field'}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="check">
          <input type="checkbox" value={option.value} {...register(option.value)} /> {option.label}
        </label>
      ))}
      {error?.message ? <p className="field-error">{error.message}</p> : null}
    </fieldset>
  );
}
