import type { SvgNode, SvgProps } from '@/lib/charts/svg/node';

/**
 * A chart's drawing as the HTML React writes for it, written here instead. A story page shows
 * each chart twice (narrow and wide), and as React elements every one of a chart's hundreds of
 * marks went through the page's payload, Next's rendering of it to HTML and its per-segment
 * copies; as one string it goes through each as a single value. The output is the bytes React
 * writes for the same tree (tests/unit/charts/svg-markup.test.tsx compares every chart of the
 * fixture site with React's own rendering), so only the attributes a chart uses are known here:
 * any other stops the build rather than be written differently.
 */

/** JSX names of the attributes charts use, as React writes them in HTML; data-* and aria-* are written as they are. */
const NAMES: Record<string, string> = {
  className: 'class',
  tabIndex: 'tabindex',
  strokeWidth: 'stroke-width',
  strokeLinejoin: 'stroke-linejoin',
  strokeLinecap: 'stroke-linecap',
  strokeDasharray: 'stroke-dasharray',
  fillOpacity: 'fill-opacity',
  textAnchor: 'text-anchor',
  fontSize: 'font-size',
  fontWeight: 'font-weight',
  fontStyle: 'font-style',
};
/** Attributes SVG writes in camelCase, as React does. */
const AS_IS = new Set(['id', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'width', 'height', 'fill', 'stroke', 'role', 'xmlns', 'viewBox', 'patternUnits', 'patternTransform']);

/** React's escaping of text and attribute values (escapeTextForBrowser). */
const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&#x27;', '<': '&lt;', '>': '&gt;' };
const escape = (text: string) => text.replace(/["&'<>]/g, (c) => ESCAPES[c]);

function attributeName(name: string, tag: string): string {
  if (name in NAMES) return NAMES[name];
  if (AS_IS.has(name) || name.startsWith('data-') || name.startsWith('aria-')) return name;
  throw new Error(`svg-markup: <${tag}> has the attribute ${name}, which components/charts/svg-markup.ts does not know how React writes`);
}

function attributes(tag: string, props: SvgProps): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (typeof value === 'object') throw new Error(`svg-markup: <${tag}> has a ${name} object, which only the chart's own <svg> may have (React writes it)`);
    out += ` ${attributeName(name, tag)}="${escape(String(value))}"`;
  }
  return out;
}

/** The HTML of `nodes`, side by side: two texts in a row are parted by the comment React puts between them. */
export function svgMarkup(nodes: readonly SvgNode[]): string {
  let out = '';
  let lastWasText = false;
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (lastWasText) out += '<!-- -->';
      out += escape(node);
      lastWasText = true;
    } else {
      out += `<${node.tag}${attributes(node.tag, node.props)}>${svgMarkup(node.children)}</${node.tag}>`;
      lastWasText = false;
    }
  }
  return out;
}
