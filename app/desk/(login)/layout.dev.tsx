import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../desk.css';

export const metadata: Metadata = { title: 'Sign in · The desk', robots: { index: false } };

/** The login page's own root layout: the desk's layout sends a browser without a session here. */
export default function LoginLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-CA">
      <body className="bg-white font-sans text-gray-900 dark:bg-gray-950 dark:text-gray-100">{children}</body>
    </html>
  );
}
