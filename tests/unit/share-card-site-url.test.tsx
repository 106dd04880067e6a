/**
 * Built without SITE_URL, the site knows only localhost: no card may print it, and no page may name
 * it as its canonical address (a sharer re-reads og:url, a crawler follows the canonical link).
 * og:image stays absolute (a relative one is invalid), and the build warns (scripts/build.mjs).
 */
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';

async function load(siteUrl: string | undefined) {
  vi.resetModules();
  vi.stubEnv('SITE_URL', siteUrl ?? '');
  const { editionCards } = await import('@/lib/share-image/cards');
  const { cardElement } = await import('@/lib/share-image/render');
  const { pageMetadata } = await import('@/lib/metadata');
  return { editionCards, cardElement, pageMetadata };
}

/** All the words a card's tree holds. */
function words(node: ReactNode): string {
  // Without the zero-width spaces the card puts before a comma to keep it unkerned (fit-text.ts): a reader sees none.
  if (typeof node === 'string' || typeof node === 'number') return `${String(node).replaceAll('\u200b', '')} `;
  if (Array.isArray(node)) return node.map(words).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) {
    if (typeof node.type === 'function') return words((node.type as (p: object) => ReactNode)(node.props));
    return words(node.props.children);
  }
  return '';
}

afterEach(() => vi.unstubAllEnvs());

describe('without SITE_URL', () => {
  test('no card of either edition prints a host, localhost least of all; each prints the site’s name', async () => {
    const { editionCards, cardElement } = await load(undefined);
    for (const lang of ['en', 'fr'] as const)
      for (const { path, input } of editionCards(lang)) {
        expect(input.footer, path).toBe('');
        const text = words(cardElement(input) as ReactElement);
        expect(text, path).not.toMatch(/localhost|127\.0\.0\.1|:3000/);
        expect(text, path).toContain(lang === 'en' ? 'The N95 Files' : 'Les Dossiers N95');
      }
  });

  test('a page names no canonical address and no og:url, but keeps its og:image', async () => {
    const { pageMetadata } = await load(undefined);
    const meta = pageMetadata({ lang: 'en', title: 'T', description: 'D', path: '/about/' });
    expect(meta.alternates).not.toHaveProperty('canonical');
    expect(meta.openGraph).not.toHaveProperty('url');
    expect(meta.openGraph?.images).toEqual([expect.objectContaining({ url: '/og/site.png' })]);
  });
});

describe('with SITE_URL', () => {
  test('every card prints the public host after the site’s name', async () => {
    const { editionCards, cardElement } = await load('https://n95.example.org/');
    for (const { path, input } of editionCards('fr')) {
      expect(input.footer, path).toBe('n95.example.org');
      expect(words(cardElement(input) as ReactElement), path).toContain('n95.example.org');
    }
  });

  test('a page names its canonical address and og:url', async () => {
    const { pageMetadata } = await load('https://n95.example.org');
    const meta = pageMetadata({ lang: 'en', title: 'T', description: 'D', path: '/about/' });
    expect(meta.alternates?.canonical).toBe('/about/');
    expect(meta.openGraph).toHaveProperty('url', '/about/');
  });
});
