import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { ImageResponse } from 'next/og';
import type { Dataset } from '../data/schema';
import type { Lang } from '../i18n/lang';
import { SHARE_IMAGE } from '../metadata';
import { CHART_BOX, cardLayout } from './card-layout';
import { cardPicture } from './picture';
import { shareImageFonts } from './fonts';
import { shareCard } from './ShareCard';
import { cardPng } from './card-raster';

/** Everything a card shows; the card is a pure function of it (and of the code that draws it). */
export type CardInput = {
  /** Small line above the headline: the section, or "Chart". */
  kicker: string;
  title: string;
  dek?: string;
  /** The chart drawn beside the text. */
  chart?: Dataset;
  /** The site's public host, printed at the foot after its name; empty when SITE_URL was not set (never localhost). */
  footer: string;
  /** Edition of the card's own words and of the chart's numbers and dates. */
  lang: Lang;
};

// The cards' fonts have no U+2011, the non-breaking hyphen French text has in names (États‑Unis): draw a plain one.
const drawable = (input: CardInput) => JSON.parse(JSON.stringify(input).replaceAll('\u2011', '-')) as CardInput;

/** The card as a React tree for Satori; each part of it is a child of the root, marked with data-part. */
export function cardElement(input: CardInput): ReactElement {
  const { chart, lang, ...text } = drawable(input);
  return shareCard(cardLayout({ ...text, lang, chart: Boolean(chart) }), chart ? cardPicture(chart, CHART_BOX, lang) : undefined);
}

/**
 * A card without a picture as a 1200×630 PNG: the outlines svg-card.ts places where Satori would,
 * filled by our own rasteriser (card-raster.ts), without Satori or librsvg.
 */
export async function drawTextCard(input: CardInput): Promise<Uint8Array> {
  const { chart, lang, ...text } = drawable(input);
  if (chart) throw new Error('drawTextCard draws cards without a picture');
  return cardPng(cardLayout({ ...text, lang, chart: false }), TEXT_CARD_PNG.compressionLevel);
}

/**
 * zlib level 3 for the text cards' PNGs (RGB, no filter; png.ts), as cards21 chose for sharp's:
 * levels 1-2 are hardly faster for more bytes, level 4 doubles zlib's 3.5-4 ms a card, level 6
 * triples it (BENCHMARKS.md, "raster22"). The bytes depend only on the pixels and this constant,
 * so an incremental build still writes the same card as a full one.
 */
export const TEXT_CARD_PNG = { compressionLevel: 3 } as const;

/** A 1200×630 PNG of a tree (Satori + resvg, no browser, no network). */
export async function drawCard(element: ReactElement): Promise<Uint8Array> {
  const image = new ImageResponse(element, { ...SHARE_IMAGE, fonts: shareImageFonts() });
  return new Uint8Array(await image.arrayBuffer());
}

const png = (data: Uint8Array) => new Response(new Uint8Array(data), { headers: { 'Content-Type': 'image/png' } });

/** A card's file in the cache: named by its input, so the build can keep only the cards the current content needs. */
export const cardCacheName = (input: CardInput) => `${crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex')}.png`;

/**
 * A share card, rendered at build time. Drawing one takes far longer than the page it belongs to,
 * so with CARD_CACHE set (by scripts/build.mjs, to a folder keyed by the code that draws cards) a
 * card whose input did not change since the last build is read back instead of drawn again.
 */
export async function shareImageResponse(input: CardInput): Promise<Response> {
  const cache = process.env.CARD_CACHE;
  const file = cache && path.join(cache, cardCacheName(input));
  if (file && fs.existsSync(file)) return png(fs.readFileSync(file));
  const data = input.chart ? await drawCard(cardElement(input)) : await drawTextCard(input);
  if (file) {
    fs.mkdirSync(cache, { recursive: true });
    fs.writeFileSync(`${file}.${process.pid}.tmp`, data);
    fs.renameSync(`${file}.${process.pid}.tmp`, file);
  }
  return png(data);
}
