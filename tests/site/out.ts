/** Reading the built fixture site as a static host would serve it: no browser, no server. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { FIXTURE_OUT } from '../fixture-site';

/** The fixture site's build (npm run build:fixtures); OUT_DIR, as for scripts/serve.mjs, points the checks at another build of it. */
export const OUT = process.env.OUT_DIR ?? FIXTURE_OUT;

/** Every HTML page in the static export, as URL paths ("/", "/about/", "/404.html"). */
export function builtPages(outDir = OUT): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(outDir, full).split(path.sep).join('/');
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** The file in out/ a URL path is served from (a file, or a folder's index.html), if any. */
export function fileFor(urlPath: string): string | undefined {
  const file = path.join(OUT, decodeURIComponent(urlPath));
  if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  const index = path.join(file, 'index.html');
  return fs.existsSync(index) ? index : undefined;
}

export type Element = T.Element;

/** Every element of a parsed page, in document order. */
function elementsOf(node: T.ParentNode): Element[] {
  const found: Element[] = [];
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    found.push(child);
    // A <template>'s children live in its content fragment.
    found.push(...elementsOf(child.tagName === 'template' ? (child as T.Template).content : child));
  }
  return found;
}

const parsed = new Map<string, Element[]>();

/** The elements of the page at a URL path, parsed once per run. */
export function elements(urlPath: string): Element[] {
  const file = fileFor(urlPath);
  if (!file) throw new Error(`${urlPath}: no file in ${OUT}/`);
  if (!parsed.has(file)) parsed.set(file, elementsOf(parse(fs.readFileSync(file, 'utf8'))));
  return parsed.get(file)!;
}

export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The text of an element's text children (enough for <script> and <style>). */
export const textOf = (el: Element) => el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');

/** Whether an element sits inside one with the given tag name. */
export function isInside(el: Element, tagName: string): boolean {
  for (let node = el.parentNode; node; node = 'parentNode' in node ? node.parentNode : null) {
    if ('tagName' in node && node.tagName === tagName) return true;
  }
  return false;
}
