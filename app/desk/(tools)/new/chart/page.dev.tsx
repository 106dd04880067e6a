import { KIND_COLUMNS, TABLE_KINDS } from '@/lib/data/new-chart';
import { deskOnly } from '../../../_server/guard';
import { NewChartForm } from './NewChartForm';

/** "New chart": a table pasted from a spreadsheet becomes data/<id>.json, every value awaiting its source. */
export default async function NewChartPage() {
  await deskOnly();
  return (
    <main className="mx-auto max-w-4xl p-6">
      <p className="text-sm"><a className="underline" href="/desk/">The desk</a> / New chart</p>
      <h1 className="mt-1 text-3xl font-bold">New chart</h1>
      <NewChartForm kinds={TABLE_KINDS.map((kind) => ({ kind, columns: KIND_COLUMNS[kind] }))} />
    </main>
  );
}
