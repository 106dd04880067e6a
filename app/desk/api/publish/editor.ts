import { cookieValue } from '../../_server/auth';
import { EDITOR_COOKIE, editorName, type Checked } from '../../_server/config';

export { EDITOR_COOKIE };

/**
 * Who publishes: the name sent with the request, else the one typed in the desk (its cookie), else
 * DESK_EDITOR. Whichever it is, it must pass editorName's rule: it is written into the commit.
 */
export function editorFrom(sent: unknown, cookieHeader: string | null, fromEnv: string | undefined): Checked<string> {
  if (sent !== undefined) return typeof sent === 'string' ? editorName(sent) : { ok: false, error: 'the editor’s name is not text' };
  const typed = cookieValue(cookieHeader, EDITOR_COOKIE);
  if (typed !== undefined && typed !== '') {
    let name: string;
    try {
      name = decodeURIComponent(typed);
    } catch {
      return { ok: false, error: 'your name, as kept by the browser, is not readable' };
    }
    return editorName(name);
  }
  if (fromEnv) {
    const name = editorName(fromEnv);
    return name.ok ? name : { ok: false, error: `DESK_EDITOR: ${name.error.replace(/^your name/, 'the name')}` };
  }
  return { ok: false, error: 'no name given' };
}
