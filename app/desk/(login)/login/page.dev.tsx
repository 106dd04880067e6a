import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE, passwordRequired, sessionSecret, validSession } from '../../_server/auth';
import { deskOnly } from '../../_server/guard';
import { focusRing } from '../../focus';

type Props = { searchParams: Promise<{ failed?: string; wait?: string }> };

const button = `mt-4 rounded border border-gray-400 px-3 py-1 font-semibold hover:bg-gray-100 ${focusRing} dark:hover:bg-gray-800`;

/**
 * Sign in, when the desk asks for a password (DESK_PASSWORD). A plain form posted to
 * /desk/api/login/, which answers with a session cookie, or back here with what went wrong.
 */
export default async function Login({ searchParams }: Props) {
  await deskOnly({ signIn: false });
  if (!passwordRequired() || validSession((await cookies()).get(SESSION_COOKIE)?.value, sessionSecret())) redirect('/desk/');
  const { failed, wait } = await searchParams;
  const seconds = Number(wait);
  const said = Number.isInteger(seconds) && seconds > 0 ? `Too many wrong passwords: try again in ${seconds} second${seconds === 1 ? '' : 's'}.` : failed ? 'Wrong password.' : undefined;
  return (
    <main className="mx-auto max-w-md p-6">
      <h1 className="text-2xl font-bold">Sign in to the desk</h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">This desk asks for a password (the one it was started with). Ask whoever started it.</p>
      {said && <p role="alert" className="mt-3 rounded border-2 border-red-700 p-2">{said}</p>}
      <form method="post" action="/desk/api/login/" className="mt-4">
        <label htmlFor="password" className="block font-semibold">Password</label>
        <input id="password" name="password" type="password" required autoComplete="current-password" autoFocus className="mt-1 w-full rounded border border-gray-400 px-2 py-1 dark:bg-gray-900" />
        <button type="submit" className={button}>Sign in</button>
      </form>
    </main>
  );
}
