// The charts' SVG and the page's text, set aside before a page is parsed (scripts/lib/strip-payload.mjs).
// Once the payload is out, a story page's drawn charts are about two thirds of what is left to
// parse, its prose most of the rest, and nothing in either is what stripPage looks for (scripts,
// links, meta, style, base, on* attributes).
//
// A chart is set aside only when a plain scan of the page proves that the parser would meet it as
// markup (not inside a comment, a script or any other raw text) and that it is made only of SVG
// shapes and text with quoted attributes, none an event handler: then parsing it creates elements
// that stripPage neither reports nor removes, and leaves the parser as it found it (an SVG element
// other than an HTML one never changes how what follows is read). It is replaced by a comment
// holding a mark; a run of text, by a mark as text. Each comes back out of stripPage where it
// stood. Anything the scan does not know (a <select>, <math>, a frameset, a comment it cannot be
// sure of, a tag it cannot read, <?) sets nothing aside on that page; and any problem on the page
// sends it to the full parse anyway (strip-payload.mjs), so what stops the build is unchanged.

const WS = '[\\t\\n\\f\\r ]';
// A start tag as React writes one: its name, attributes with quoted, unquoted or no values.
const START = new RegExp(`<([a-zA-Z][a-zA-Z0-9-]*)((?:${WS}+[^\\t\\n\\f\\r />"'=<]+(?:=(?:"[^"]*"|'[^']*'|[^\\t\\n\\f\\r "'=<>\`]+))?)*)${WS}*(/?)>`, 'y');
const END = new RegExp(`</([a-zA-Z][a-zA-Z0-9-]*)${WS}*>`, 'y');
// Inside a chart, stricter: double-quoted values only, names that are plainly names.
const SVG_START = new RegExp(`<([a-zA-Z][a-zA-Z0-9]*)((?:${WS}+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)${WS}*(/?)>`, 'y');
const SVG_END = /<\/([a-zA-Z][a-zA-Z0-9]*)>/y;
// Over a chart tag's attributes, one after the other, each value taken whole (it may hold " on").
const ATTR_NAME = new RegExp(`${WS}+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="[^"]*")?`, 'g');
// A comment React writes between texts (<!-- -->): nothing in it that could end it early or late.
const PLAIN_COMMENT = /<!--[^-<>!]*-->/y;
const TEXT = /[^<]+/y;

// SVG elements that are neither HTML integration points nor break out to HTML (the HTML standard's
// list for foreign content), lower-cased; title and desc are integration points and may hold text only.
const SHAPES = new Set(['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'defs', 'pattern', 'clippath', 'lineargradient', 'radialgradient', 'stop', 'mask', 'use', 'symbol', 'marker']);
const TEXT_ONLY = new Set(['title', 'desc']);
// HTML elements whose text the tokenizer reads raw, up to their end tag (scripting on, as parse5 parses).
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
// What makes a page too unusual to reason about: a start tag a <select> or a frameset ignores is not
// read raw, and <math> and <plaintext> change how everything after them is read.
const UNUSUAL = /<(?:select|frameset|math|plaintext)[\t\n\f\r />]/i;

/**
 * The end of the chart that starts at `at`, or -1 when it is not one that can be set aside.
 * @param {string} html @param {number} at
 */
function chartEnd(html, at) {
  const open = [];
  let i = at;
  do {
    SVG_START.lastIndex = SVG_END.lastIndex = PLAIN_COMMENT.lastIndex = TEXT.lastIndex = i;
    const inText = TEXT_ONLY.has(open.at(-1));
    let m;
    if (open.length && (m = TEXT.exec(html))) i = TEXT.lastIndex;
    else if (open.length && PLAIN_COMMENT.exec(html)) i = PLAIN_COMMENT.lastIndex;
    else if (!inText && (m = SVG_START.exec(html))) {
      const name = m[1].toLowerCase();
      if (!SHAPES.has(name) && !(open.length && TEXT_ONLY.has(name))) return -1;
      if (open.length === 0 && name !== 'svg') return -1;
      for (const [, attr] of m[2].matchAll(ATTR_NAME)) if (/^on/i.test(attr)) return -1;
      if (!m[3]) open.push(name);
      i = SVG_START.lastIndex;
    } else if ((m = SVG_END.exec(html))) {
      if (open.pop() !== m[1].toLowerCase()) return -1;
      i = SVG_END.lastIndex;
    } else return -1;
  } while (open.length);
  return i;
}

// A run of text is set aside when it is long enough to be worth it and holds a character that is
// not whitespace (nor NUL, which the parser drops in a body): its mark holds one too, so the parser
// takes either for the same kind of text (whitespace alone may go where other text may not).
const MIN_TEXT = 16;
const NOT_SPACE = /[^\t\n\f\r \0]/g;

/**
 * What can be set aside in `html`, in order: charts, and the runs of text between tags, as
 * [start, end, 'chart' | 'text']; nothing when the page has anything the scan does not know.
 * Text is only taken where the parser reads it as text (not in a comment, a script or other raw
 * text): it creates no element, and whatever text stands there, the parser does the same with it
 * as long as it is not whitespace.
 * @param {string} html
 * @returns {[number, number, 'chart' | 'text'][]}
 */
export function asideIn(html) {
  if (UNUSUAL.test(html)) return [];
  const aside = [];
  let i = 0;
  // Where the text since the last tag began.
  let text = 0;
  const textUntil = (at) => {
    if (at - text < MIN_TEXT) return;
    NOT_SPACE.lastIndex = text;
    const word = NOT_SPACE.exec(html);
    if (word && word.index < at) aside.push([text, at, 'text']);
  };
  for (;;) {
    i = html.indexOf('<', i);
    if (i === -1) {
      textUntil(html.length);
      return aside;
    }
    const next = html[i + 1] ?? '';
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) return [];
      const inside = html.slice(i + 4, end);
      // <!--> and <!---> end at once, and --!> ends a comment too: not worth reasoning about.
      if (inside.startsWith('>') || inside.startsWith('->') || inside.includes('--!>')) return [];
      textUntil(i);
      i = text = end + 3;
    } else if (next === '!') {
      if (!/^<!doctype html>/i.test(html.slice(i, i + 15))) return [];
      textUntil(i);
      i = text = i + 15;
    } else if (next === '/') {
      END.lastIndex = i;
      if (!END.exec(html)) return [];
      textUntil(i);
      i = text = END.lastIndex;
    } else if (/[a-zA-Z]/.test(next)) {
      START.lastIndex = i;
      const m = START.exec(html);
      if (!m) return [];
      textUntil(i);
      const name = m[1].toLowerCase();
      if (name === 'svg') {
        const end = chartEnd(html, i);
        if (end === -1) return [];
        aside.push([i, end, 'chart']);
        i = text = end;
        continue;
      }
      i = text = START.lastIndex;
      if (RAW.has(name)) {
        // Raw text (even after "/>", which an HTML element ignores) ends at the first end tag of
        // its name. A script holding "<!--" can run past it.
        const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
        close.lastIndex = i;
        const found = close.exec(html);
        if (!found || (name === 'script' && html.slice(i, found.index).includes('<!--'))) return [];
        i = text = found.index;
      }
    } else if (next === '?') return []; // a bogus comment, up to the next ">" wherever it is
    else i++; // a "<" that starts no tag is text
  }
}

/** Where the charts that can be set aside are in `html` (see asideIn): [start, end] pairs, in order. */
export const chartsIn = (html) => asideIn(html).filter(([, , kind]) => kind === 'chart').map(([start, end]) => [start, end]);

/**
 * `html` with its charts and runs of text set aside (see asideIn), and the function that puts
 * them back into the stripped page, or undefined when a mark did not come back exactly once.
 * @param {string} html
 */
export function setChartsAside(html) {
  const aside = asideIn(html);
  if (!aside.length) return undefined;
  // A mark the page does not hold: each comes back only from where it was put.
  let tag = 0;
  while (html.includes(`@chart${tag}@`)) tag++;
  // A chart's mark is a comment (it stands for elements); a text's is text.
  const mark = (n, kind) => (kind === 'chart' ? `<!--@chart${tag}@${n}@-->` : `@chart${tag}@${n}@`);
  const pieces = [];
  let at = 0;
  aside.forEach(([start, end, kind], n) => {
    pieces.push(html.slice(at, start), mark(n, kind));
    at = end;
  });
  pieces.push(html.slice(at));
  return {
    html: pieces.join(''),
    /** @param {string} stripped */
    putBack(stripped) {
      const parts = stripped.split(new RegExp(`(<!--@chart${tag}@\\d+@-->|@chart${tag}@\\d+@)`));
      if (parts.length !== aside.length * 2 + 1) return undefined;
      const out = [parts[0]];
      for (let k = 1; k < parts.length; k += 2) {
        const n = (k - 1) / 2;
        const [start, end, kind] = aside[n];
        if (parts[k] !== mark(n, kind)) return undefined;
        out.push(html.slice(start, end), parts[k + 1]);
      }
      return out.join('');
    },
  };
}
