'use client';

import { useState } from 'react';
import { button, Field, FormError, input, useCreate } from '../../form';

/** The French slug; creates what npm run new-story -- --translate does. */
export function TranslateForm({ english }: { english: string }) {
  const [slug, setSlug] = useState('');
  const { errors, busy, form, submit } = useCreate('translate', ['slug']);
  return (
    <form ref={form} noValidate onSubmit={(e) => submit(e, { english, slug })} className="max-w-2xl">
      <p className="mt-4">
        The French edition of <code>stories/{english}.mdx</code>: its structure, charts, figures and quotations in place, every word to write marked TK; and for each chart it shows that has no French words yet, a file of them to translate (<code>data/fr/</code>), each text marked TK with its English.
      </p>
      <Field id="slug" label="French slug" hint={<>The file name and the French address, <code>/fr/articles/{slug || 'le-slug'}/</code>: lowercase words without accents, joined by hyphens, like le-bras-de-fer.</>} error={errors.slug}>
        {(props) => <input {...props} autoFocus className={`${input} font-mono`} value={slug} onChange={(e) => setSlug(e.target.value)} autoComplete="off" spellCheck={false} />}
      </Field>
      <button type="submit" className={`${button} mt-4`} disabled={busy}>{busy ? 'Creating…' : 'Create the French edition'}</button>
      <FormError error={errors.form} />
    </form>
  );
}
