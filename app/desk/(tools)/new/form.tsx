'use client';

import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { fieldFocusRing, focusRing } from '../../focus';

/**
 * What the desk's "New story", "Translate" and "New chart" forms share: labelled fields whose error
 * is announced (role=alert) and tied to the field (aria-describedby), and a submit that posts JSON
 * to the desk's API and opens the new file's editor, or puts the cursor on the field to correct.
 */

export const input = `mt-1 block w-full rounded border border-gray-500 bg-white px-2 py-1 text-base text-gray-900 ${fieldFocusRing} dark:border-gray-400 dark:bg-gray-900 dark:text-gray-100`;
export const button = `rounded border border-gray-500 bg-gray-100 px-4 py-1.5 font-semibold hover:bg-gray-200 ${focusRing} disabled:opacity-60 dark:border-gray-400 dark:bg-gray-800 dark:hover:bg-gray-700`;

type FieldProps = { id: string; label: string; hint?: ReactNode; error?: string; children: (described: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }) => ReactNode };

/** A label, the control (given its id and what describes it), a hint and the field's error. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-sm text-gray-700 dark:text-gray-300">{hint}</p>}
      {children({ id, 'aria-describedby': described, 'aria-invalid': error ? true : undefined })}
      {error && <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">{error}</p>}
    </div>
  );
}

/**
 * Submits `body()` to the API route; on 201 opens the editor it names. A refusal that names a field
 * goes to that field (and the cursor with it); any other is shown under the form.
 */
export function useCreate(route: string, fields: string[]) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  async function submit(event: FormEvent, body: Record<string, string>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    let status = 0;
    let data: Record<string, unknown> = {};
    try {
      const response = await fetch(`/desk/api/${route}/`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      status = response.status;
      data = await response.json().catch(() => ({ error: `The desk answered ${response.status}.` }));
    } catch {
      data = { error: 'The desk did not answer: is npm run desk still running?' };
    }
    if (status === 201 && typeof data.open === 'string') {
      window.location.assign(data.open);
      return;
    }
    setBusy(false);
    const field = typeof data.field === 'string' && fields.includes(data.field) ? data.field : 'form';
    setErrors({ [field]: String(data.error ?? `Not created (${status}).`) });
    // The cursor goes where the correction is to be made; the message is read out by its role=alert.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(field === 'form' ? 'button[type=submit]' : `#${field}`)?.focus());
  }
  return { errors, busy, form, submit };
}

/** An error that belongs to no field (the desk refused the request, or did not answer). */
export function FormError({ error }: { error?: string }) {
  return error ? <p role="alert" className="mt-4 font-semibold text-red-800 dark:text-red-300">{error}</p> : null;
}
