/** charts.css matches lib/charts/palette.ts, and both themes meet WCAG contrast. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSS_VARS, DARK, LIGHT, contrast, type Palette } from '@/lib/charts/palette';
import { MAP_CSS_VARS, MAP_DARK, MAP_LIGHT } from '@/lib/charts/map-palette';

const css = fs.readFileSync(path.resolve(process.cwd(), 'components/charts/charts.css'), 'utf8');

/** Custom properties declared in the first rule whose selector is exactly `selector`. */
function varsIn(selector: string, source = css): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(source);
  if (!m) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries([...m[1].matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((x) => [x[1], x[2].trim()]));
}

const expectVars = (vars: Record<string, string>, p: Palette) => {
  for (const [key, name] of Object.entries(CSS_VARS) as [keyof Palette, string][]) expect(vars[name], name).toBe(p[key]);
};

describe('charts.css', () => {
  it('defines the light palette on .chart', () => expectVars(varsIn('.chart'), LIGHT));
  it('defines the dark palette under .dark', () => expectVars(varsIn('.dark .chart'), DARK));
  it('follows a dark system theme when the theme script has not run', () => {
    const noJs = css.slice(css.indexOf('@media screen and (prefers-color-scheme: dark)'));
    expectVars(varsIn(':root:not(.light) .chart', noJs), DARK);
  });
  it('prints in the light palette', () => {
    const print = css.slice(css.indexOf('@media print'));
    expectVars(varsIn('.dark .chart', print.replace('.chart,\n  .dark .chart', '.dark .chart')), LIGHT);
  });
  it('switches layouts with a container query at 540px', () => {
    expect(css).toMatch(/container-type:\s*inline-size/);
    expect(css).toMatch(/@container \(min-width: 540px\)/);
  });
});

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as const)('%s theme contrast', (_, p) => {
  it('marks and lines ≥ 3:1 against the background', () => {
    expect(contrast(p.mark, p.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.axis, p.bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.focus, p.bg)).toBeGreaterThanOrEqual(3);
  });
  it('text ≥ 4.5:1', () => {
    expect(contrast(p.text, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.link, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.tooltipText, p.tooltipBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.text, p.surface)).toBeGreaterThanOrEqual(4.5);
  });
});

/** `share` of `a` over `b`, mixed in sRGB as the stylesheet's color-mix() does: a hex colour. */
function mix(a: string, share: number, b: string): string {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x.map((v, i) => Math.round(v * share + y[i] * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}

describe('the shaded band (a day the annotations mark)', () => {
  const share = (vars: Record<string, string>) => Number(vars['--chart-band-share']);
  const noJs = css.slice(css.indexOf('@media screen and (prefers-color-scheme: dark)'));
  it.each([
    ['light', varsIn('.chart'), LIGHT],
    ['dark', varsIn('.dark .chart'), DARK],
    ['dark, by the system', varsIn(':root:not(.light) .chart', noJs), DARK],
  ] as const)('stands out from the page in the %s theme, and muted text on it stays legible', (_, vars, p) => {
    const band = mix(p.muted, share(vars), p.bg);
    // About the step the light theme has always had (1.196:1): at 12 % the dark band was 1.16:1, barely there.
    expect(contrast(band, p.bg)).toBeGreaterThanOrEqual(1.19);
    expect(contrast(p.muted, band)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.text, band)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('palette against the other common page background', () => {
  it('light theme also works on #f9fafb, dark on #030712', () => {
    expect(contrast(LIGHT.muted, '#f9fafb')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(DARK.muted, '#030712')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('map colours', () => {
  const mapVars = (p: typeof MAP_LIGHT) => Object.fromEntries(Object.entries(MAP_CSS_VARS).map(([k, name]) => [name, p[k as keyof typeof MAP_LIGHT]]));
  /** The map's custom properties in the rule for `selector` that declares them. */
  function mapVarsIn(selector: string, source = css): Record<string, string> {
    const at = source.indexOf('/* ---- Maps');
    return Object.fromEntries(Object.entries(varsIn(selector, source.slice(at))).filter(([k]) => k.startsWith('--map-')));
  }
  it('charts.css matches map-palette.ts in light and dark', () => {
    expect(mapVarsIn('.chart')).toEqual(mapVars(MAP_LIGHT));
    expect(mapVarsIn('.dark .chart')).toEqual(mapVars(MAP_DARK));
    expect(mapVarsIn(':root:not(.light) .chart')).toEqual(mapVars(MAP_DARK));
  });
  it.each([
    ['light', MAP_LIGHT, LIGHT],
    ['dark', MAP_DARK, DARK],
  ] as const)('%s: water stands apart from land, and flows from both', (_, m, p) => {
    expect(contrast(m.water, m.land)).toBeGreaterThanOrEqual(1.4);
    expect(contrast(p.mark, m.land)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.mark, m.water)).toBeGreaterThanOrEqual(2);
  });
});
