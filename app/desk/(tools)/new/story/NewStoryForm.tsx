'use client';

import { useState } from 'react';
import { slugFor } from '@/lib/content/new-story';
import { button, Field, FormError, input, useCreate } from '../form';

/** Headline, slug (the headline's until the editor changes it) and tags; creates what npm run new-story does. */
export function NewStoryForm({ tagsInUse }: { tagsInUse: string[] }) {
  const [headline, setHeadline] = useState('');
  const [slug, setSlug] = useState('');
  const [ownSlug, setOwnSlug] = useState(false);
  const [tags, setTags] = useState('');
  const { errors, busy, form, submit } = useCreate('new-story', ['headline', 'slug', 'tags']);
  const shownSlug = ownSlug ? slug : slugFor(headline);
  return (
    <form ref={form} noValidate onSubmit={(e) => submit(e, { headline, slug: shownSlug, tags })} className="max-w-2xl">
      <Field id="headline" label="Headline" hint="Sentence case, up to 120 characters." error={errors.headline}>
        {(props) => <input {...props} autoFocus className={input} value={headline} onChange={(e) => setHeadline(e.target.value)} autoComplete="off" />}
      </Field>
      <Field id="slug" label="Slug" hint={<>The file name and the address: <code>/stories/{shownSlug || 'the-slug'}/</code>. Lowercase words without accents, joined by hyphens.</>} error={errors.slug}>
        {(props) => (
          <input
            {...props}
            className={`${input} font-mono`}
            value={shownSlug}
            onChange={(e) => {
              setOwnSlug(true);
              setSlug(e.target.value);
            }}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <Field id="tags" label="Tags" hint={<>Separated by commas, each like the slug. {tagsInUse.length ? <>In use: {tagsInUse.join(', ')}.</> : null}</>} error={errors.tags}>
        {(props) => <input {...props} className={`${input} font-mono`} value={tags} onChange={(e) => setTags(e.target.value)} autoComplete="off" spellCheck={false} />}
      </Field>
      <p className="mt-4 text-sm text-gray-700 dark:text-gray-300">
        This writes a draft story and a data file for its chart, as <code>npm run new-story</code> does, and never replaces a file. Its editor opens next.
      </p>
      <button type="submit" className={`${button} mt-4`} disabled={busy}>{busy ? 'Creating…' : 'Create the story'}</button>
      <FormError error={errors.form} />
    </form>
  );
}
