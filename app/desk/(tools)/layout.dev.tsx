import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../desk.css';
import { deskOnly } from '../_server/guard';
import { SignOut } from './SignOut';

export const metadata: Metadata = { title: 'The desk', robots: { index: false } };

/** The root layout of the desk's own pages (development only, under npm run desk: see scripts/desk.mjs); its preview renders the site's Document instead. */
export default async function DeskLayout({ children }: { children: ReactNode }) {
  await deskOnly();
  return (
    <html lang="en-CA">
      <body className="bg-white font-sans text-gray-900 dark:bg-gray-950 dark:text-gray-100">
        <SignOut />
        {children}
      </body>
    </html>
  );
}
