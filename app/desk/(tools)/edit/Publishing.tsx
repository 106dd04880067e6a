import { cookies } from 'next/headers';
import { EDITOR_COOKIE } from '../../_server/config';
import { EditorName } from './EditorName';
import { History } from './History';

/** Below the editor: the name Publish signs with (stories only) and the file's history from git. */
export async function Publishing({ file, rel }: { file: string; rel: string }) {
  let typed = '';
  try {
    typed = decodeURIComponent((await cookies()).get(EDITOR_COOKIE)?.value ?? '');
  } catch {
    // A cookie that is not readable is as good as none: the field starts empty.
  }
  return (
    <aside aria-label="Publishing">
      {rel.startsWith('stories/') && <EditorName initial={typed} fallback={process.env.DESK_EDITOR || undefined} />}
      <History file={file} rel={rel} />
    </aside>
  );
}
