import { deskOnly } from '../_server/guard';
import { deskHome } from '../_server/home';

const link = 'text-red-800 underline dark:text-red-300';

/** The desk's home: every story of both editions with its state, and every chart, each linked to its editor. */
export default async function DeskHome() {
  await deskOnly();
  const { stories, charts } = deskHome();
  const edition = (lang: 'en' | 'fr') => stories.filter((s) => s.lang === lang);
  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-3xl font-bold">The desk</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">Open a story or a chart to edit it. Problems are the same as <code>npm run check</code> finds.</p>
      {(['en', 'fr'] as const).map((lang) => (
        <section key={lang} className="mt-8">
          <h2 className="text-xl font-semibold">{lang === 'en' ? 'English stories' : 'French stories'}</h2>
          <ul className="mt-2 space-y-1">
            {edition(lang).map((s) => (
              <li key={s.path}>
                <a className={link} href={`/desk/edit/${s.path}`}>{s.title}</a> <span className="text-sm text-gray-600 dark:text-gray-400">({s.path}) · {s.states.join(', ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="mt-8">
        <h2 className="text-xl font-semibold">Charts</h2>
        <ul className="mt-2 space-y-1">
          {charts.map((c) => (
            <li key={c.path}>
              <a className={link} href={`/desk/edit/${c.path}`}>{c.title}</a> <span className="text-sm text-gray-600 dark:text-gray-400">({c.path}){c.states.length ? ` · ${c.states.join(', ')}` : ''}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
