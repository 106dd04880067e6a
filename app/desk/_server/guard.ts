import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { isLocalHost } from './http';

/**
 * Every desk page calls this before it reads a file (a layout's check is not enough: Next renders a
 * page alongside its layout, and the page's output would still be sent). Only under npm run desk,
 * and only to this machine by name: a page of a site whose name was pointed at 127.0.0.1 (DNS
 * rebinding) gets a 404.
 */
export async function deskOnly() {
  if (process.env.DESK !== '1' || !isLocalHost((await headers()).get('host'))) notFound();
}
