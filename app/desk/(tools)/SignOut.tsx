import { passwordRequired } from '../_server/auth';

/** "Sign out", on every desk page, when the desk asks for a password. */
export function SignOut() {
  if (!passwordRequired()) return null;
  return (
    <header className="mx-auto flex max-w-[100rem] justify-end px-4 pt-2">
      <form method="post" action="/desk/api/logout/">
        <button type="submit" className="text-sm underline">Sign out</button>
      </form>
    </header>
  );
}
