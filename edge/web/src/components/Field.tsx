// A labelled form input, as used on the log-in and sign-up forms.

import type { InputHTMLAttributes } from 'react';

type FieldProps = InputHTMLAttributes<HTMLInputElement> & { label: string; testId: string };

export function Field({ label, testId, id, ...input }: FieldProps) {
  const inputId = id ?? testId;
  return (
    <label className="field" htmlFor={inputId}>
      <span className="field-label">{label}</span>
      <input id={inputId} data-testid={testId} required {...input} />
    </label>
  );
}
