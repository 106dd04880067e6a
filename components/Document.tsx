import type { ReactNode } from 'react';
import { LOCALE, type Lang } from '@/lib/i18n/lang';
import { ThemeScript } from './ThemeScript';

/**
 * The document shell of every page, in one edition's language: each edition's root layout (and the
 * 404) renders it, so <html lang> is right without any script. Its only script is ThemeScript, which
 * also loads the site script; Next's runtime is stripped after export.
 */
export function Document({ lang, children }: { lang: Lang; children: ReactNode }) {
  return (
    // The theme script sets a class on <html> before React hydrates.
    <html lang={LOCALE[lang]} suppressHydrationWarning>
      {/* The App Router's own <head> (next/head is for the Pages Router); the rule only knows app/ files. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col bg-page font-sans text-ink antialiased">
        {children}
      </body>
    </html>
  );
}
