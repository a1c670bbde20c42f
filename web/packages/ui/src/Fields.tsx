import type { ComponentChildren, JSX } from "preact";
import { useId } from "preact/hooks";

interface FieldFrameProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}

/** A control's label, hint and error, tied to it for screen readers (what TextField does for inputs). */
function FieldFrame({ label, error, hint, children }: FieldFrameProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div class="ui-field">
      <label for={id}>{label}</label>
      {children(id, described)}
      {hint && (
        <p id={`${id}-hint`} class="ui-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="ui-field__error">
          {error}
        </p>
      )}
    </div>
  );
}

export interface SelectFieldProps extends Omit<JSX.HTMLAttributes<HTMLSelectElement>, "className" | "id"> {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
  options: readonly { value: string; label: string }[];
  value?: string;
}

export function SelectField({ label, error, hint, options, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(id, described) => (
        <select {...select} id={id} aria-invalid={error ? true : undefined} aria-describedby={described}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export interface TextAreaFieldProps
  extends Omit<JSX.HTMLAttributes<HTMLTextAreaElement>, "className" | "id"> {
  label: string;
  name: string;
  error?: string | undefined;
  hint?: string;
  rows?: number;
  defaultValue?: string;
}

export function TextAreaField({ label, error, hint, ...area }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {(id, described) => (
        <textarea {...area} id={id} aria-invalid={error ? true : undefined} aria-describedby={described} />
      )}
    </FieldFrame>
  );
}
