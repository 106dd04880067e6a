/** Temporary stand-in until the chart library lands: a clearly marked place for a chart. */
export function Chart({ id }: { id: string }) {
  return (
    <aside id={id} className="not-prose my-8 rounded-md border-2 border-dashed border-gray-400 p-6 text-center font-sans text-sm text-gray-600 dark:text-gray-400">
      Chart to come: {id}
    </aside>
  );
}
