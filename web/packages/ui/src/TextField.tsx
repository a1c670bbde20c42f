import type { JSX } from "preact";
import { useId } from "preact/hooks";

export interface TextFieldProps extends Omit<JSX.HTMLAttributes<HTMLInputElement>, "className" | "id"> {
  label: string;
  error?: string | undefined;
  hint?: string;
  type?: string;
  name: string;
  autocomplete?: string;
  required?: boolean;
  value?: string;
  defaultValue?: string | undefined;
  maxLength?: number;
}

/** An input with a visible label, and its hint and error tied to it for screen readers. */
export function TextField({ label, error, hint, ...input }: TextFieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div class="ui-field">
      <label for={id}>{label}</label>
      <input {...input} id={id} aria-invalid={error ? true : undefined} aria-describedby={described} />
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
