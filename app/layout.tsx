import fs from 'node:fs';
import path from 'node:path';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { site } from '@/lib/site';
import './globals.css';

/**
 * The favicon travels inside each page (about 0.2 kB compressed) instead of as /icon.svg: the browser
 * asks for a linked icon when the page has loaded, usually before its text is on screen, and
 * Lighthouse counts a request that ends before the largest paint as one that paint waited for
 * (BENCHMARKS.md, "Lighthouse"). public/icon.svg stays for anything that links to it.
 */
const icon = fs.readFileSync(path.join(process.cwd(), 'public/icon.svg'), 'utf8').trim();
const iconUrl = `data:image/svg+xml,${icon.replace(/[<>#%"\s]/g, encodeURIComponent)}`;

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  icons: { icon: [{ url: iconUrl, type: 'image/svg+xml' }] },
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
