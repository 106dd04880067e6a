'use client';

import { useState } from 'react';
import { slugFor } from '@/lib/content/new-story';
import { button, Field, FormError, input, useCreate } from '../form';

type Props = { kinds: { kind: string; columns: string }[] };

/** Title, id (the title's until the editor changes it), kind and the pasted table. */
export function NewChartForm({ kinds }: Props) {
  const [title, setTitle] = useState('');
  const [id, setId] = useState('');
  const [ownId, setOwnId] = useState(false);
  const [kind, setKind] = useState(kinds[0]?.kind ?? 'column');
  const [table, setTable] = useState('');
  const { errors, busy, form, submit } = useCreate('new-chart', ['title', 'id', 'kind', 'table']);
  const shownId = ownId ? id : slugFor(title);
  return (
    <form ref={form} noValidate onSubmit={(e) => submit(e, { title, id: shownId, kind, table })} className="max-w-2xl">
      <Field id="title" label="Title" hint="A sentence that states what the chart shows." error={errors.title}>
        {(props) => <input {...props} autoFocus className={input} value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />}
      </Field>
      <Field id="id" label="Chart id" hint={<>The data file&rsquo;s name, <code>data/{shownId || 'the-id'}.json</code>, and what a story writes in <code>{`<Chart id="…" />`}</code>.</>} error={errors.id}>
        {(props) => (
          <input
            {...props}
            className={`${input} font-mono`}
            value={shownId}
            onChange={(e) => {
              setOwnId(true);
              setId(e.target.value);
            }}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <Field id="kind" label="Kind of chart" hint={kinds.find((k) => k.kind === kind)?.columns} error={errors.kind}>
        {(props) => (
          <select {...props} className={input} value={kind} onChange={(e) => setKind(e.target.value)}>
            {kinds.map((k) => <option key={k.kind} value={k.kind}>{k.kind}</option>)}
          </select>
        )}
      </Field>
      <Field
        id="table"
        label="Table"
        hint={<>Paste cells from a spreadsheet, or CSV, with a header row. The first column labels each value (a line chart: its month, YYYY-MM; a timeline: its day, YYYY-MM-DD), the second holds the numbers (a timeline: what happened). Optional columns headed basis, qualifier, note or time follow. An empty cell is a value not reported.</>}
        error={errors.table}
      >
        {(props) => <textarea {...props} className={`${input} h-56 font-mono text-sm`} value={table} onChange={(e) => setTable(e.target.value)} spellCheck={false} />}
      </Field>
      <p className="mt-4 text-sm text-gray-700 dark:text-gray-300">
        Every value starts without a source: the check lists each one until you give it its source, speaker and exact quote. The chart&rsquo;s editor opens next.
      </p>
      <button type="submit" className={`${button} mt-4`} disabled={busy}>{busy ? 'Creating…' : 'Create the chart'}</button>
      <FormError error={errors.form} />
    </form>
  );
}
