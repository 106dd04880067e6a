import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { SESSION_COOKIE, passwordRequired, sessionSecret, validSession } from './auth';
import { isAllowedHost } from './http';

/**
 * Every desk page calls this before it reads a file (a layout's check is not enough: Next renders a
 * page alongside its layout, and the page's output would still be sent). Only under npm run desk,
 * and only to one of the desk's names (loopback, DESK_HOSTS): a page of a site whose name was
 * pointed at the desk's address (DNS rebinding) gets a 404. When the desk asks for a password, a
 * browser without a session is sent to the login page (which calls it with signIn: false).
 */
export async function deskOnly({ signIn = true } = {}) {
  if (process.env.DESK !== '1' || !isAllowedHost((await headers()).get('host'))) notFound();
  if (signIn && passwordRequired() && !validSession((await cookies()).get(SESSION_COOKIE)?.value, sessionSecret())) redirect('/desk/login/');
}
