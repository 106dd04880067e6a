import { site } from '@/lib/site';
import { branchMode, storyBranch } from '../../_server/config';
import { contentRoot } from '../../_server/files';
import { fileHistory, git } from '../../_server/git';
import { when } from './said';

/**
 * The file's history from git: its last 20 commits (renames followed), newest first, on the branch
 * Publish commits to (desk/<slug> once it exists, when DESK_BRANCHES=story). Rendered on the
 * server with the page; a publish shows here when the page is opened again.
 */
export async function History({ file, rel }: { file: string; rel: string }) {
  const mode = branchMode(process.env.DESK_BRANCHES);
  const branch = mode.ok && mode.value === 'story' ? storyBranch(rel) : undefined;
  const onBranch = branch?.ok && (await git(['rev-parse', '-q', '--verify', `refs/heads/${branch.value}`], { cwd: contentRoot() }).then(() => true, () => false));
  const history = await fileHistory(file, { rev: onBranch && branch?.ok ? branch.value : undefined, cwd: contentRoot() });
  return (
    <section aria-labelledby="history" className="mx-auto max-w-[100rem] px-4 pb-6">
      <h2 id="history" className="font-semibold">History{'entries' in history ? ` on ${history.rev}` : ''}</h2>
      {'unavailable' in history ? (
        <p className="mt-1 text-sm">{history.unavailable}</p>
      ) : history.entries.length === 0 ? (
        <p className="mt-1 text-sm">Not committed yet: Publish makes its first commit.</p>
      ) : (
        <ol className="mt-1 space-y-1 text-sm">
          {history.entries.map((c) => (
            <li key={c.hash}>
              <time dateTime={c.date}>{when(c.date, site.timeZone)}</time> · {c.editor ? `${c.editor}, in the desk` : c.author} · {c.subject} · <code title={c.hash}>{c.short}</code>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
