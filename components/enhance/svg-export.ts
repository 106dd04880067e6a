/**
 * Browser-only helpers to save a chart as a standalone SVG or PNG (used by ChartDownloads).
 * Computed colours are written inline, so the file looks like the page (light or dark theme)
 * without charts.css; the title is added above the chart, and below it the notes of any
 * annotations drawn as numbered markers, then the source line.
 */
import { wrapText } from '@/lib/charts/text';
import type { Lang } from '@/lib/i18n/lang';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'opacity',
  'font-family',
  'font-weight',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The chart SVG currently displayed in a figure (the narrow or the wide layout). */
export function visibleChartSvg(figure: Element): SVGSVGElement | null {
  const all = Array.from(figure.querySelectorAll<SVGSVGElement>('svg.chart-svg'));
  return all.find((s) => s.getClientRects().length > 0) ?? all[0] ?? null;
}

/** Standalone SVG markup of `svg` with title and source line, plus its pixel size. */
/**
 * The notes of the annotations that this layout drew as numbered markers, listed under the
 * chart on the page (ChartNotes); the file must carry them too.
 */
export function markerNotesFor(svg: SVGSVGElement): string[] {
  const list = svg.closest('figure')?.querySelector(`ol.chart-marker-notes[data-variant="${svg.dataset.variant}"]`);
  return list ? Array.from(list.querySelectorAll('li'), (li) => `${li.value}. ${li.textContent ?? ''}`) : [];
}

export function exportSvg(
  svg: SVGSVGElement,
  opts: { title: string; sourceLine: string; notes?: string[] },
): { markup: string; width: number; height: number } {
  const vb = svg.viewBox.baseVal;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [clone, ...Array.from(clone.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const target = to[i] as SVGElement;
    for (const p of STYLE_PROPS) {
      const val = cs.getPropertyValue(p);
      if (val) target.style.setProperty(p, val);
    }
    target.removeAttribute('tabindex');
    target.removeAttribute('class');
  });
  clone.removeAttribute('style');
  clone.removeAttribute('role');

  const figure = svg.closest('figure') ?? svg;
  const fcs = getComputedStyle(figure);
  const bg = fcs.getPropertyValue('--chart-bg').trim() || '#ffffff';
  const text = fcs.getPropertyValue('--chart-text').trim() || '#111827';
  const muted = fcs.getPropertyValue('--chart-muted').trim() || '#4b5563';
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';

  // Heading size relative to the chart's own text size (viewBox units).
  const fs = Number(svg.querySelector('text')?.getAttribute('font-size')) || vb.width / 32;
  const W = vb.width;
  const pad = fs;
  // The chart's language, for where its title and notes break (the page's, or an element's around it).
  const lang: Lang = svg.closest('[lang]')?.getAttribute('lang')?.startsWith('fr') ? 'fr' : 'en';
  const titleLines = wrapText(opts.title, W, fs * 1.1, lang);
  const headH = titleLines.length * fs * 1.4 + pad;
  const noteLines = (opts.notes ?? []).flatMap((n) => wrapText(n, W, fs * 0.9, lang));
  const notesH = noteLines.length ? noteLines.length * fs * 1.2 + fs * 0.4 : 0;
  const footH = fs * 2;
  const H = Math.ceil(pad + headH + vb.height + notesH + footH);
  const notesTop = pad + headH + vb.height + fs * 0.4;
  const notes = noteLines
    .map((l, i) => `<text x="${pad}" y="${notesTop + fs * 0.9 + i * fs * 1.2}" font-size="${fs * 0.9}" fill="${text}">${esc(l)}</text>`)
    .join('');
  const title = titleLines
    .map(
      (l, i) =>
        `<text x="${pad}" y="${pad + fs * 1.1 + i * fs * 1.4}" font-size="${fs * 1.1}" font-weight="700" fill="${text}">${esc(l)}</text>`,
    )
    .join('');
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(pad + headH));
  clone.setAttribute('width', String(vb.width));
  clone.setAttribute('height', String(vb.height));
  clone.removeAttribute('xmlns');
  const total = W + 2 * pad;
  const markup =
    `<svg xmlns="${SVG_NS}" width="${total}" height="${H}" viewBox="0 0 ${total} ${H}" font-family="${esc(font)}">` +
    `<rect width="100%" height="100%" fill="${bg}"/>${title}` +
    new XMLSerializer().serializeToString(clone) +
    notes +
    `<text x="${pad}" y="${H - pad * 0.8}" font-size="${fs * 0.8}" fill="${muted}">${esc(opts.sourceLine)}</text></svg>`;
  return { markup, width: total, height: H };
}

/** Rasterises SVG markup to a PNG at `scale` × its size. */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas is not available');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
