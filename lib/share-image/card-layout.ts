/**
 * Where everything on a share card goes: the one source of the card's geometry. ShareCard.tsx
 * draws what this computes, and the tests check the drawing against these boxes. Text is fitted
 * with the card's real fonts (font-metrics.ts), so every text box is where its ink will be.
 */
import type { Lang } from '../i18n/lang';
import { splitsAPair } from '../i18n/line-breaks';
import { siteText } from '../i18n/site';
import { drawable, fitText, wrap, type FitSpec } from './fit-text';
import { headlineLines } from './headline-breaks';
import { inkExtent, inkSpan, inkWidth, type Face } from './font-metrics';

export type Box = { x: number; y: number; width: number; height: number };

/** The parts of a card, each drawn separately (data-part in ShareCard.tsx). */
export const PARTS = ['band', 'kicker', 'title', 'dek', 'frame', 'chart', 'site', 'address'] as const;
export type Part = (typeof PARTS)[number];

export const CARD = { width: 1200, height: 630 };
const PAD_X = 56;
export const BAND: Box = { x: 0, y: 0, width: CARD.width, height: 14 };
/** Where the body's ink starts and ends: below the band, above the footer. */
const BODY = { top: 62, bottom: 528 };
/** The footer's ink sits on this line, clear of the card's lower edge. */
const FOOTER_BOTTOM = 594;

/** The chart's frame: a 2 px border and 16 px of padding around the thumbnail. */
export const FRAME = { width: 470, border: 2, padding: 16, gap: 40 };
const frameInset = FRAME.border + FRAME.padding;
export const FRAME_BOX: Box = { x: CARD.width - PAD_X - FRAME.width, y: BODY.top, width: FRAME.width, height: BODY.bottom - BODY.top };
/** The room the frame gives its picture (picture/index.tsx draws each chart's to fit it). */
export const THUMBNAIL_BOX = { width: FRAME.width - 2 * frameInset, height: FRAME_BOX.height - 2 * frameInset };
export const CHART_BOX: Box = { x: FRAME_BOX.x + frameInset, y: FRAME_BOX.y + frameInset, ...THUMBNAIL_BOX };

export const COLORS = { band: '#b91c1c', kicker: '#b91c1c', title: '#111827', dek: '#374151', frame: '#e5e7eb', site: '#111827', address: '#4b5563', background: '#ffffff' };

/**
 * A fitted text part: `box` bounds its ink; the block of lines starts at `top`. Each line is
 * nudged in by `shift` px where a glyph would otherwise hang out of the box (see inkSpan).
 */
export type TextPart = { box: Box; top: number; size: number; lineHeight: number; lines: { text: string; shift: number }[]; cut: boolean; face: Face; letterSpacing: number; align: 'start' | 'end' };

export type CardLayout = { band: Box; kicker: TextPart; title: TextPart; dek?: TextPart; frame?: Box; chart?: Box; site: TextPart; address?: TextPart };

type Style = { face: Face; maxSize: number; minSize: number; lineHeight: number; letterSpacing?: number };

const KICKER: Style = { face: { family: 'Sans', weight: 600 }, maxSize: 26, minSize: 20, lineHeight: 1.2, letterSpacing: 1 };
const FOOTER_SITE: Style = { face: { family: 'Sans', weight: 600 }, maxSize: 24, minSize: 24, lineHeight: 1.2 };
const FOOTER_ADDRESS: Style = { face: { family: 'Sans', weight: 400 }, maxSize: 24, minSize: 20, lineHeight: 1.2 };
/**
 * Titles: larger on a card without a picture, where they have the whole width. Title and dek
 * shrink to fit, the dek down to 20 px (what a feed shows legibly). A dek is shown whole or not
 * at all: a newsroom card never stops mid-sentence on "…".
 */
const TITLE = { wide: { maxSize: 104, minSize: 44 }, beside: { maxSize: 52, minSize: 32 }, face: { family: 'Serif', weight: 700 } as Face, lineHeight: 1.12 };
const DEK = { wide: { maxSize: 32, minSize: 20 }, beside: { maxSize: 26, minSize: 20 }, face: { family: 'Sans', weight: 400 } as Face, lineHeight: 1.35 };
const GAP = { kickerTitle: 16, titleDek: 18, footerNames: 32 };

function fit(text: string, style: Style, x: number, y: number, width: number, height: number, align: TextPart['align'] = 'start', breaking: Pick<FitSpec, 'breaks' | 'breaksBadly'> = {}): TextPart {
  const letterSpacing = style.letterSpacing ?? 0;
  const spec: FitSpec = { width, height, maxSize: style.maxSize, minSize: style.minSize, lineHeight: style.lineHeight, ink: inkExtent(style.face), ...breaking };
  const fitted = fitText(text, spec, (t, size) => inkWidth(drawable(t), style.face, size, letterSpacing));
  const lines = fitted.lines.map(drawable).map((line) => {
    const ink = inkSpan(line, style.face, fitted.size, letterSpacing);
    return { text: line, shift: align === 'start' ? -ink.left : ink.right - ink.advance };
  });
  return {
    box: { x, y, width, height: fitted.inkHeight },
    top: y - fitted.inkTop,
    size: fitted.size,
    lineHeight: style.lineHeight,
    lines,
    cut: fitted.cut,
    face: style.face,
    letterSpacing,
    align,
  };
}

const inkHeight = (lines: number, size: number, style: { lineHeight: number; face: Face }) => {
  const { ascent, descent } = inkExtent(style.face);
  return (lines - 1) * size * style.lineHeight + (ascent + descent) * size;
};

/** The regions a card may draw in; everything else stays blank (the site tests check the built cards). */
export function cardRegions(chart: boolean) {
  const column: Box = { x: PAD_X, y: BODY.top, width: (chart ? FRAME_BOX.x - FRAME.gap : CARD.width - PAD_X) - PAD_X, height: BODY.bottom - BODY.top };
  const footerHeight = inkHeight(1, FOOTER_SITE.maxSize, FOOTER_SITE);
  const footer: Box = { x: PAD_X, y: FOOTER_BOTTOM - footerHeight, width: CARD.width - 2 * PAD_X, height: footerHeight };
  return { band: BAND, column, footer, ...(chart ? { frame: FRAME_BOX, chart: CHART_BOX } : {}) };
}

/**
 * The layout of one card. A one-line part (kicker, footer) shrinks, then is cut, to fit its width.
 * `footer` is the site's host, printed after its name; empty when the build knows no public host.
 * On a card without a picture, the title and dek stand in the middle of the room under the kicker.
 */
export function cardLayout({ kicker, title, dek, chart, footer, lang }: { kicker: string; title: string; dek?: string; chart: boolean; footer: string; lang: Lang }): CardLayout {
  const regions = cardRegions(chart);
  const { x, width } = regions.column;
  const sizes = chart ? 'beside' : 'wide';

  const kick = fit(kicker.toUpperCase(), KICKER, x, BODY.top, width, inkHeight(1, KICKER.maxSize, KICKER));
  const titleTop = kick.box.y + kick.box.height + GAP.kickerTitle;
  const dekStyle = { ...DEK, ...DEK[sizes] };
  // The title breaks as a headline desk breaks it (headline-breaks.ts), in as many lines as greedy breaking.
  // Kept by size: the title is fitted again for each size the dek tries, mostly at the same sizes.
  const broken = new Map<string, string[]>();
  const breaks: FitSpec['breaks'] = (text, w, size, measure, maxLines) => {
    const key = `${w} ${size} ${maxLines}`;
    if (!broken.has(key)) broken.set(key, headlineLines(text, w, size, measure, lang, maxLines));
    return broken.get(key)!;
  };
  const headline: Pick<FitSpec, 'breaks' | 'breaksBadly'> = { breaks, breaksBadly: (lines) => splitsAPair(lines, lang) };
  const titleIn = (room: number) => fit(title, { ...TITLE, ...TITLE[sizes] }, x, titleTop, width, room, 'start', headline);
  // The title leaves room for the whole dek: at the dek's full size if the title still fits whole
  // beside it, else at a smaller one, down to its floor; the dek then takes what is left.
  const dekFloor = (size: number) => (dek ? GAP.titleDek + inkHeight(wrap(dek, width, size, (t, s) => inkWidth(drawable(t), DEK.face, s)).length, size, DEK) : 0);
  let head = titleIn(BODY.bottom - titleTop - dekFloor(dekStyle.minSize));
  for (let size = dekStyle.maxSize; dek && size > dekStyle.minSize; size--) {
    const roomy = titleIn(BODY.bottom - titleTop - dekFloor(size));
    if (!roomy.cut) {
      head = roomy;
      break;
    }
  }
  const dekTop = head.box.y + head.box.height + GAP.titleDek;
  // The dek breaks by the same sense, ragged as a paragraph, in as many lines as filling them makes.
  const dekBreaks: FitSpec['breaks'] = (text, w, size, measure) => headlineLines(text, w, size, measure, lang, 0, true);
  let body = dek && !head.cut ? fit(dek, dekStyle, x, dekTop, width, BODY.bottom - dekTop, 'start', { breaks: dekBreaks }) : undefined;
  if (dek && (!body || body.cut)) {
    // No room for the dek whole: the card goes without it rather than cut it.
    head = titleIn(BODY.bottom - titleTop);
    body = undefined;
  }
  if (!chart) {
    // Centre title and dek in the room left under the kicker.
    const end = body ? body.box.y + body.box.height : head.box.y + head.box.height;
    const drop = Math.max(0, Math.floor((BODY.bottom - end) / 2));
    for (const part of body ? [head, body] : [head]) {
      part.box.y += drop;
      part.top += drop;
    }
  }

  const { y: footerTop, height: footerHeight } = regions.footer;
  const siteName = fit(siteText(lang).name, FOOTER_SITE, x, footerTop, regions.footer.width, footerHeight);
  const nameWidth = inkWidth(siteName.lines[0].text, FOOTER_SITE.face, siteName.size);
  const siteBox = { ...siteName, box: { ...siteName.box, width: Math.ceil(nameWidth) } };
  const addressRoom = CARD.width - PAD_X - (x + siteBox.box.width + GAP.footerNames);
  const address = footer ? fit(footer, FOOTER_ADDRESS, CARD.width - PAD_X - addressRoom, footerTop, addressRoom, footerHeight, 'end') : undefined;
  if (address) {
    // A shrunk address keeps the footer's bottom line.
    const drop = footerHeight - address.box.height;
    address.box.y += drop;
    address.top += drop;
  }

  return { band: BAND, kicker: kick, title: head, dek: body, frame: chart ? FRAME_BOX : undefined, chart: chart ? CHART_BOX : undefined, site: siteBox, address };
}
