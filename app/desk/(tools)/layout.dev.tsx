import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'The desk', robots: { index: false } };

/** The root layout of the desk's own pages (development only, under npm run desk: see scripts/desk.mjs); its preview renders the site's Document instead. */
export default function DeskLayout({ children }: { children: ReactNode }) {
  if (process.env.DESK !== '1') notFound();
  return (
    <html lang="en-CA">
      <body className="bg-white font-sans text-gray-900 dark:bg-gray-950 dark:text-gray-100">{children}</body>
    </html>
  );
}
