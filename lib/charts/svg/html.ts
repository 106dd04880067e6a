import type { SvgAttribute, SvgNode } from './node';

/**
 * A chart tree as one HTML string, written as React writes the same elements (attribute names,
 * numbers, style, escaping), for the page: the marks of a chart are hundreds of elements, and
 * handing React one string instead (react.ts svgWithHtml) spares it serialising each of them into
 * the page's payload and rendering each again to HTML (the page workers' time on the archive fell
 * by a fifth; BENCHMARKS.md). tests/unit/charts/svg-html.test.tsx holds it to React's own output,
 * byte for byte, on every kind of chart.
 */
export function svgToHtml(node: SvgNode): string {
  if (typeof node === 'string') return escapeHtml(node);
  let html = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.props)) html += attribute(name, value);
  html += '>';
  for (const child of node.children) html += svgToHtml(child);
  // React closes every SVG element with an end tag, empty ones included.
  return `${html}</${node.tag}>`;
}

/** The children of an element as one HTML string. */
export const childrenToHtml = (children: readonly SvgNode[]) => children.map(svgToHtml).join('');

const ESCAPED: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };

/** Text and attribute values escaped as React escapes them: chart labels are editors' words and may hold any of these. */
export const escapeHtml = (text: string) => text.replace(/["'&<>]/g, (c) => ESCAPED[c]);

/** JSX names that React writes otherwise than by putting a hyphen before each capital. */
const NAMES: Record<string, string> = { className: 'class', tabIndex: 'tabindex', xlinkHref: 'xlink:href', xmlLang: 'xml:lang', xmlSpace: 'xml:space' };
/** SVG attributes whose names are camelCase in SVG itself, which React keeps as they are. */
const CAMEL_CASE_IN_SVG = new Set([
  'viewBox',
  'preserveAspectRatio',
  'patternUnits',
  'patternContentUnits',
  'patternTransform',
  'gradientUnits',
  'gradientTransform',
  'clipPathUnits',
  'maskUnits',
  'maskContentUnits',
  'markerUnits',
  'markerWidth',
  'markerHeight',
  'refX',
  'refY',
  'textLength',
  'lengthAdjust',
  'startOffset',
  'stdDeviation',
  'pathLength',
  'spreadMethod',
  'baseFrequency',
  'numOctaves',
]);

const hyphenate = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function attributeName(name: string): string {
  if (name in NAMES) return NAMES[name];
  if (CAMEL_CASE_IN_SVG.has(name) || !/[A-Z]/.test(name)) return name;
  return hyphenate(name);
}

/** CSS properties React writes numbers to without "px" (react-dom's own list, less its vendor-prefixed names). */
const UNITLESS = new Set(
  'animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth'.split(' '),
);

function style(value: Readonly<Record<string, string | number>>): string {
  const rules: string[] = [];
  for (const [name, v] of Object.entries(value)) {
    if (v === undefined || v === '') continue;
    const css = name.startsWith('--') ? name : hyphenate(name).replace(/^ms-/, '-ms-');
    const text = typeof v === 'number' ? (v !== 0 && !UNITLESS.has(name) && !name.startsWith('--') ? `${v}px` : String(v)) : String(v).trim();
    rules.push(`${css}:${text}`);
  }
  return rules.join(';');
}

function attribute(name: string, value: SvgAttribute): string {
  if (value === undefined) return '';
  if (typeof value === 'object') {
    const css = style(value);
    return css ? ` ${name}="${escapeHtml(css)}"` : '';
  }
  return ` ${attributeName(name)}="${escapeHtml(String(value))}"`;
}
