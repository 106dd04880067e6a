import { editorAddress } from '../address';
import { deskOnly } from '../_server/guard';
import { deskHome } from '../_server/home';
import { unpublishedFiles } from '../_server/unpublished';
import { focusRing } from '../focus';

// Blue, not the site's red: on the desk red means an error.
const link = `text-blue-800 underline dark:text-blue-300 ${focusRing}`;
// The actions look like buttons but are links: each opens its form's page (and works without JavaScript to get there).
const action = `inline-block rounded border border-gray-500 bg-gray-100 px-3 py-1.5 font-semibold text-gray-900 no-underline hover:bg-gray-200 ${focusRing} dark:border-gray-400 dark:bg-gray-800 dark:text-gray-100 dark:hover:bg-gray-700`;
const small = `ml-2 inline-block whitespace-nowrap rounded border border-gray-500 px-2 py-0.5 text-sm font-semibold text-gray-900 hover:bg-gray-100 ${focusRing} dark:border-gray-400 dark:text-gray-100 dark:hover:bg-gray-800`;

const PENDING = 'has unpublished changes';

/** The desk's home: every story of both editions with its state, and every chart, each linked to its editor; "New story", "Translate" and "New chart". */
export default async function DeskHome() {
  await deskOnly();
  const home = deskHome();
  // Saved and not published: work that waits for a Publish is seen here, not only in its editor.
  const pending = await unpublishedFiles(home.stories.map((s) => s.path), home.charts.map((c) => c.path));
  const withPending = <T extends { path: string; states: string[] }>(row: T): T => (pending.has(row.path) ? { ...row, states: [...row.states, PENDING] } : row);
  const stories = home.stories.map(withPending);
  const charts = home.charts.map(withPending);
  const edition = (lang: 'en' | 'fr') => stories.filter((s) => s.lang === lang);
  return (
    <main className="mx-auto max-w-4xl p-6">
      <h1 className="text-3xl font-bold">The desk</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">Open a story or a chart to edit it. As you type, the editor lists the same problems the check before publishing finds.</p>
      <nav aria-label="Start" className="mt-4 flex flex-wrap gap-3">
        <a className={action} href="/desk/new/story/">New story</a>
        <a className={action} href="/desk/new/chart/">New chart</a>
      </nav>
      {(['en', 'fr'] as const).map((lang) => (
        <section key={lang} className="mt-8">
          <h2 className="text-xl font-semibold">{lang === 'en' ? 'English stories' : 'French stories'}</h2>
          <ul className="mt-2 space-y-1">
            {edition(lang).map((s) => (
              <li key={s.path}>
                <a className={link} href={editorAddress(s.path)}>{s.title}</a> <span className="text-sm text-gray-600 dark:text-gray-400">({s.path}) · {s.states.join(', ')}</span>
                {s.translatable && (
                  <a className={small} href={`/desk/new/translation/${s.slug}/`}>
                    Translate<span className="sr-only"> {s.title}</span>
                  </a>
                )}
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
              <a className={link} href={editorAddress(c.path)}>{c.title}</a> <span className="text-sm text-gray-600 dark:text-gray-400">({c.path}){c.states.length ? ` · ${c.states.join(', ')}` : ''}</span>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
