import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#030712' },
  ],
};

/**
 * A pass-through: each edition has its own root layout below this one (app/(site), app/embed,
 * app/fr/(site), app/fr/graphiques), each rendering <Document lang>, so an English page says
 * lang="en-CA" and a French one lang="fr-CA" in the HTML itself. The 404 renders its own Document.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
