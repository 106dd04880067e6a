// What may appear in the <head> and the scripts of a built page, decided on the parsed HTML.
// Every <script>, <link>, <meta>, <style> and <base> is either Next's client runtime (removed),
// ours (kept), or unknown, which stops the build: an unknown element is either something a story
// smuggled in or a change in Next's output that the stripping would otherwise silently break.
import { parse } from 'parse5';

/** Where Next writes its runtime; nothing of ours lives there. */
export const RUNTIME_PATH = '/_next/';

// Next's inline scripts carry no attributes of their own, so they are known by how they begin.
const RUNTIME_INLINE = [
  '(self.__next_f=self.__next_f||[]).push(', // the React Server Components payload: first chunk
  'self.__next_f.push(', // ...and the rest
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', // Turbopack's chunk loader
];

const OUR_LINKS = new Set(['canonical', 'icon', 'apple-touch-icon', 'manifest', 'alternate', 'author', 'license', 'prev', 'next']);
const OUR_META_NAMES = new Set(['viewport', 'description', 'author', 'keywords', 'robots', 'theme-color', 'color-scheme', 'referrer']);

/**
 * 'runtime', 'ours', 'stylesheet' (ours, moved out of /_next/), or undefined when unknown.
 * @param {string} tag @param {Map<string, string>} attrs @param {string} text @param {{ inlineScripts: readonly string[], siteScript: string }} ours
 */
function classify(tag, attrs, text, ours) {
  const href = attrs.get('href') ?? '';
  const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
  switch (tag) {
    case 'script': {
      const src = attrs.get('src');
      if (src !== undefined) return src.startsWith(RUNTIME_PATH) ? 'runtime' : src === ours.siteScript ? 'ours' : undefined;
      const type = (attrs.get('type') ?? '').toLowerCase();
      if (type === 'application/ld+json') return 'ours'; // data for crawlers; browsers never run it
      if (type !== '' && type !== 'text/javascript') return undefined;
      if (ours.inlineScripts.includes(text)) return 'ours';
      const onlyId = [...attrs.keys()].every((a) => a === 'id'); // the chunk loader has an id, the payload none
      return onlyId && RUNTIME_INLINE.some((start) => text.startsWith(start)) ? 'runtime' : undefined;
    }
    case 'link':
      if (href.startsWith(RUNTIME_PATH)) {
        if (rel.includes('stylesheet') && href.endsWith('.css')) return 'stylesheet';
        if ((rel.includes('preload') && attrs.get('as') === 'script') || rel.includes('modulepreload')) return 'runtime';
        return undefined;
      }
      return rel.every((r) => OUR_LINKS.has(r)) ? 'ours' : undefined;
    case 'meta': {
      if (attrs.has('charset') && attrs.size === 1) return 'ours';
      const name = attrs.get('name') ?? '';
      const property = attrs.get('property') ?? '';
      if (OUR_META_NAMES.has(name) || name.startsWith('twitter:')) return 'ours';
      if (property.startsWith('og:') || property.startsWith('article:')) return 'ours';
      return undefined;
    }
    default: // <style>, <base>
      return undefined;
  }
}

const CHECKED = new Set(['script', 'link', 'meta', 'style', 'base']);

/**
 * Takes Next's client runtime out of one page. Removed elements are cut from the original text
 * by their source offsets, so everything else stays byte for byte as Next wrote it.
 * @param {string} html
 * @param {string} name the page's path, for messages
 * @param {{ inlineScripts: readonly string[], siteScript: string, stylesheet: (href: string) => string }} ours
 * @returns {{ html: string, problems: string[] }}
 */
export function stripPage(html, name, ours) {
  const problems = [];
  const edits = []; // [start, end, replacement]
  const where = (loc) => `${name}:${loc.startLine}:${loc.startCol}`;
  const startTag = (loc) => {
    const tag = html.slice(loc.startTag.startOffset, loc.startTag.endOffset);
    return tag.length > 120 ? `${tag.slice(0, 117)}...` : tag;
  };

  const visit = (node) => {
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content); // <template>
    if (!node.tagName) return;
    const loc = node.sourceCodeLocation;
    const attrs = new Map(node.attrs.map((a) => [a.name, a.value]));
    for (const attr of attrs.keys()) {
      // Our scripts attach their handlers in components/enhance/; inline handlers would need 'unsafe-inline'.
      if (attr.startsWith('on')) problems.push(`${where(loc)}: ${startTag(loc)} has an event handler attribute (${attr}); the site's scripts attach their handlers from components/enhance/`);
    }
    if (!CHECKED.has(node.tagName)) return;
    const text = node.childNodes.map((c) => c.value ?? '').join('');
    const kind = classify(node.tagName, attrs, text, ours);
    if (kind === 'runtime') edits.push([loc.startOffset, loc.endOffset, '']);
    else if (kind === 'stylesheet') edits.push([loc.startOffset, loc.endOffset, `<link rel="stylesheet" href="${ours.stylesheet(attrs.get('href'))}"/>`]);
    else if (kind === undefined) {
      const shown = node.tagName === 'script' && text ? `${startTag(loc)}${text.length > 60 ? `${text.slice(0, 57)}...` : text}</script>` : startTag(loc);
      problems.push(`${where(loc)}: ${shown} is not something this site puts on a page`);
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));

  // Joined once from the pieces kept: cutting a page's dozens of runtime scripts one by one copied it each time.
  const pieces = [];
  let at = 0;
  for (const [start, end, replacement] of edits.sort((a, b) => a[0] - b[0])) {
    pieces.push(html.slice(at, start), replacement);
    at = end;
  }
  pieces.push(html.slice(at));
  return { html: pieces.join(''), problems };
}
