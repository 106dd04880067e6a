// The site's stylesheet goes into each page, as a <style> with only the rules that page can use,
// instead of a <link> to /assets/site-<hash>.css. On a phone, a linked stylesheet holds the first
// paint back by a whole round trip after the HTML (Lighthouse's mobile run: about 0.2 s of a 0.8 s
// LCP); inlined, the text paints as soon as the HTML is in. Inlining all of it would send its 53 kB
// (9 kB compressed) with every page, so a rule goes only where it can match (see `required`).
import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { htmlFiles } from './html-files.mjs';
import { asked, classesIn } from './page-names.mjs';

export { classesIn, customPropertiesIn, namesIn } from './page-names.mjs';

/** The element strip-runtime writes for the moved stylesheet (scripts/lib/page-allowlist.mjs). */
const LINK = /<link rel="stylesheet" href="(\/assets\/site-[0-9a-f]+\.css)"\/>/g;

/** A CSS identifier's escapes undone: `.sm\:text-5xl` names the class "sm:text-5xl". */
const unescape = (ident) => ident.replace(/\\(?:([0-9a-fA-F]{1,6}) ?|(.))/g, (_, hex, char) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : char));

/** The positions in `selector` outside parentheses and brackets, escaped characters left out. */
function* topLevel(selector) {
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) yield i;
  }
}

/** `selector` cut at its top-level commas. */
function alternatives(selector) {
  const parts = [];
  let start = 0;
  for (const i of topLevel(selector)) {
    if (selector[i] !== ',') continue;
    parts.push(selector.slice(start, i));
    start = i + 1;
  }
  return [...parts, selector.slice(start)];
}

/**
 * The classes an element of the page must carry for one selector (no commas) to match. Only
 * classes outside parentheses and brackets count: inside :not() a class is a condition against,
 * inside :where()/:is() one of several, in [class~=x] an attribute. So the answer may be too short
 * (the rule is then kept without need), never too long (a rule that could match is never dropped).
 */
export function required(selector) {
  const classes = [];
  for (const i of topLevel(selector)) {
    if (selector[i] !== '.') continue;
    // The characters of a name are never a top-level "." (an escaped one is skipped by topLevel).
    const name = /^(?:\\(?:[0-9a-fA-F]{1,6} ?|.)|[\w-]|[^\x00-\x7f])+/.exec(selector.slice(i + 1));
    if (name) classes.push(unescape(name[0]));
  }
  return classes;
}

/** The end of the parenthesis or bracket that opens at `start`. */
function closing(selector, start) {
  let depth = 0;
  for (let i = start; i < selector.length; i++) {
    const c = selector[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') if (--depth === 0) return i;
  }
  return selector.length;
}

const IDENT = /^(?:\\(?:[0-9a-fA-F]{1,6} ?|.)|[\w-]|[^\x00-\x7f])+/;

/**
 * What a page must hold somewhere for one selector (no commas) to match: its classes (as
 * `required`), and also its element names and attribute names, as `c:name`, `t:name`, `a:name`;
 * inside :where()/:is()/:has(), one of the arguments' own needs (an array of alternatives).
 * Each need is only checked to be somewhere on the page, not on one element together, and :not()
 * and the other functions add none: so, again, the answer may keep a rule that cannot match,
 * never drop one that can. It lets `.prose :where(kbd)` go from a page with no <kbd>.
 */
export function needs(selector) {
  const all = [];
  let compoundStart = true;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (/[\s>+~]/.test(c)) {
      compoundStart = true;
      continue;
    }
    const atStart = compoundStart;
    compoundStart = false;
    if (c === '\\') i++;
    else if (c === '.' || c === '#') {
      const name = IDENT.exec(selector.slice(i + 1));
      if (name) {
        if (c === '.') all.push(`c:${unescape(name[0])}`);
        i += name[0].length;
      }
    } else if (c === '[') {
      const end = closing(selector, i);
      const inside = selector.slice(i + 1, end);
      const cls = /^\s*class\s*~=\s*(["']?)([\w-]+)\1\s*$/.exec(inside);
      const attr = /^\s*(?:[\w-]*\|)?([\w-]+)/.exec(inside);
      if (cls) all.push(`c:${cls[2]}`);
      else if (attr) all.push(`a:${attr[1].toLowerCase()}`);
      i = end;
    } else if (c === ':') {
      const name = /^:?([\w-]+)/.exec(selector.slice(i + 1));
      if (!name) continue;
      i += name[0].length;
      if (selector[i + 1] === '(') {
        const end = closing(selector, i + 1);
        if (/^(where|is|matches|-webkit-any|-moz-any|has)$/i.test(name[1]) && selector[i] !== ':') {
          all.push(alternatives(selector.slice(i + 2, end)).map(needs));
        }
        i = end;
      }
    } else if (atStart && /[a-zA-Z]/.test(c)) {
      const name = /^[\w-]+/.exec(selector.slice(i));
      // A namespace prefix (svg|rect) is rare here: the name after it counts.
      if (selector[i + name[0].length] === '|') i += name[0].length;
      else {
        all.push(`t:${name[0].toLowerCase()}`);
        i += name[0].length - 1;
      }
    }
  }
  return all;
}

/** Whether a page with `has` (a function from a need to yes/no) meets every need of `list`. */
const meets = (list, has) => list.every((need) => (Array.isArray(need) ? need.some((alt) => meets(alt, has)) : has(need)));

/** Whether `node` holds a rule, at any depth (`@layer x{@supports (...){*{...}}}` does). */
const holdsRules = (node) => (node.nodes ?? []).some((n) => n.type === 'rule' || holdsRules(n));

/** The custom properties a piece of CSS (or HTML, or script) reads: `var(--x` names `--x`. */
const readsIn = (text) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);

/**
 * The stylesheet, parsed once, as a function from what a page may hold to the CSS that page needs:
 * each rule kept when one of its selectors' needs are all there, each block (@media,
 * @layer, @supports...) kept when anything in it is, everything else (@page, @layer orders,
 * keyframes) as it is. Then a custom property (`--tw-shadow: ...`, a theme colour) that nothing
 * kept reads, with var(), goes, with its @property: Tailwind declares its theme and its --tw-*
 * properties for the whole site (3 to 4 kB on a story). The text of what is kept is the
 * stylesheet's own, byte for byte, less those declarations.
 * `classes`: the classes the page may carry; `names` (optional): its element and attribute names
 * (see namesIn), without it any element or attribute counts as present; `used` (optional): the
 * custom properties the page's HTML and scripts name, which are kept.
 */
export function stylesheetFor(css) {
  // Everything the parts below ever ask of a page (see `asks`).
  const asks = { classes: new Set(), names: new Set(), properties: new Set() };
  const noteNeeds = (list) => {
    for (const need of list) {
      if (Array.isArray(need)) need.forEach(noteNeeds);
      else if (need.startsWith('c:')) asks.classes.add(need.slice(2));
      else asks.names.add(need);
    }
  };
  // Each part is a function (has, read) => text; `read` is a Set of the custom properties kept,
  // or null on the first pass, which only decides the rules and writes down what they read.
  const compile = (node) => {
    if (node.type === 'rule') {
      const wants = alternatives(node.selector).map(needs);
      wants.forEach(noteNeeds);
      const text = node.toString();
      const decls = node.nodes.filter((d) => d.type === 'decl');
      const custom = decls.filter((d) => d.prop.startsWith('--')).map((d) => d.prop);
      for (const name of custom) asks.properties.add(name);
      // What the rule reads for itself, and what each of its custom properties reads if kept.
      const reads = decls.filter((d) => !d.prop.startsWith('--')).flatMap((d) => readsIn(d.value));
      const through = decls.filter((d) => d.prop.startsWith('--')).map((d) => [d.prop, readsIn(d.value)]);
      const without = new Map();
      return (has, read, reading) => {
        if (!wants.some((list) => meets(list, has))) return '';
        if (!read) {
          for (const name of reads) reading.roots.add(name);
          for (const [name, names] of through) reading.via.set(name, [...(reading.via.get(name) ?? []), ...names]);
          return text;
        }
        const gone = custom.filter((name) => !read.has(name));
        if (gone.length === 0) return text;
        if (gone.length === node.nodes.length) return '';
        const key = gone.join(' ');
        if (!without.has(key)) {
          const copy = node.clone();
          copy.walkDecls((d) => {
            if (gone.includes(d.prop)) d.remove();
          });
          without.set(key, copy.toString());
        }
        return without.get(key);
      };
    }
    if (node.type === 'atrule' && /^property$/i.test(node.name)) {
      const text = node.toString();
      const name = node.params.trim();
      asks.properties.add(name);
      return (has, read) => (!read || read.has(name) ? text : '');
    }
    if (node.type === 'atrule' && holdsRules(node) && !/keyframes$/i.test(node.name)) {
      const open = `@${node.name}${node.raws.afterName ?? ' '}${node.params}${node.raws.between ?? ''}{`;
      const children = node.nodes.map(compile);
      // An emptied @layer still says where the layer stands in the order of layers.
      const empty = node.name === 'layer' ? `@layer ${node.params};` : '';
      return (has, read, reading) => {
        const inside = children.map((child) => child(has, read, reading)).join('');
        return inside ? `${open}${inside}}` : empty;
      };
    }
    if (node.type === 'comment') return () => '';
    // A statement (`@layer a, b;`) ends with a semicolon that postcss keeps outside the node.
    const text = node.type === 'atrule' && !node.nodes ? `${node.toString()};` : node.toString();
    const reads = readsIn(text);
    return (has, read, reading) => {
      if (!read) for (const name of reads) reading.roots.add(name);
      return text;
    };
  };
  const root = postcss.parse(css);
  const parts = root.nodes.map(compile);
  const select = (classes, names, used) => {
    const has = (need) => (need.startsWith('c:') ? classes.has(need.slice(2)) : !names || names.has(need));
    const reading = { roots: new Set(used), via: new Map() };
    for (const part of parts) part(has, null, reading);
    // Read: what a kept declaration reads, and, through it, what the custom properties it reads read.
    const read = new Set();
    const queue = [...reading.roots];
    while (queue.length > 0) {
      const name = queue.pop();
      if (read.has(name)) continue;
      read.add(name);
      queue.push(...(reading.via.get(name) ?? []));
    }
    return parts.map((part) => part(has, read)).join('');
  };
  // The answer depends only on what of the page the parts ask about (`asks`), and an archive's pages
  // ask the same of few distinct sets (every story of a kind carries the same classes): each set's
  // CSS is made once. Bounded, so a site of all-different pages keeps a few hundred at most.
  const made = new Map();
  const forPage = (classes, names, used = new Set()) => {
    const mine = [only(classes, asks.classes), names ? only(names, asks.names) : undefined, only(used, asks.properties)];
    const key = JSON.stringify(mine.map((set) => (set ? [...set].sort() : null)));
    let text = made.get(key);
    if (text === undefined) {
      if (made.size >= MADE_AT_MOST) made.clear();
      text = select(...mine);
      made.set(key, text);
    }
    return text;
  };
  forPage.asks = asks;
  // The choice itself, from whatever sets it is given, each time: what forPage must always agree with.
  forPage.select = select;
  return forPage;
}

/** How many pages' CSS stylesheetFor keeps (see forPage there). */
const MADE_AT_MOST = 500;

/** The members of `set` that `wanted` holds. */
const only = (set, wanted) => new Set([...set].filter((x) => wanted.has(x)));

/**
 * Every word of a script that could be a class it sets ("js", "dark:text-white"...): all its
 * strings' words, generously (a word too many keeps a rule, never drops one).
 */
export function wordsIn(script) {
  return new Set(script.split(/[\s'"`,;(){}+=]+/).filter(Boolean));
}

/** The site script's words (see wordsIn): the classes /assets/*.js may add after load. */
export function scriptWordsOf(out) {
  const assets = path.join(out, 'assets');
  const scripts = fs.existsSync(assets) ? fs.readdirSync(assets).filter((f) => f.endsWith('.js')) : [];
  return new Set(scripts.flatMap((f) => [...wordsIn(fs.readFileSync(path.join(assets, f), 'utf8'))]));
}

/**
 * The stylesheet at `href`, whose text is `css`, as stylesheetFor gives it.
 * @throws {Error} when the text cannot go inside a page's <style>
 */
export function inlinable(href, css) {
  // Would end the <style> element early.
  if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style", which cannot go inside a <style> element`);
  // Inside a page, a relative url() would be read from the page's folder instead of /assets/.
  const relative = [...css.matchAll(/url\(\s*['"]?([^'")\s]+)/g)].map((m) => m[1]).find((url) => !/^(\/|data:|[a-z]+:\/\/|#)/i.test(url));
  if (relative) throw new Error(`${href} refers to url(${relative}), which would point elsewhere from inside a page`);
  return stylesheetFor(css);
}

/** Whether a page links the moved stylesheet, and so is one inlinePage changes. */
const linksStylesheet = (html) => html.includes('<link rel="stylesheet" href="/assets/site-');

/**
 * One page's HTML with each stylesheet <link> replaced by a <style> of the rules it can use, or
 * undefined when it links none. `sheet(href)`: that stylesheet as `inlinable` gives it (and throws).
 * `scriptWords`: see inlineStylesheets.
 * @param {string} html @param {(href: string) => ReturnType<typeof stylesheetFor>} sheet @param {Set<string>} scriptWords
 */
export function inlinePage(html, sheet, scriptWords) {
  return inlinedPieces(html, sheet, scriptWords)?.join('');
}

/**
 * inlinePage's result in pieces, to be written one after the other: a story page is a large
 * string, and joining it again would take as much fresh memory (see strip-payload's stripBytes).
 * @param {string} html @param {(href: string) => ReturnType<typeof stylesheetFor>} sheet @param {Set<string>} scriptWords
 * @returns {string[] | undefined}
 */
export function inlinedPieces(html, sheet, scriptWords) {
  if (!linksStylesheet(html)) return undefined;
  const classes = new Set([...scriptWords, ...classesIn(html)]);
  for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) for (const word of wordsIn(script)) classes.add(word);
  const scriptText = [...scriptWords].join(' ');
  const pieces = [];
  let at = 0;
  for (const link of html.matchAll(LINK)) {
    const forPage = sheet(link[1]);
    // The page's names and custom properties, as namesIn(html, classes) and customPropertiesIn of
    // the page and scriptText find them, but only those the stylesheet asks about.
    const { names, used } = asked(html, classes, scriptText, forPage.asks);
    pieces.push(html.slice(at, link.index), `<style>${forPage(classes, names, used)}</style>`);
    at = link.index + link[0].length;
  }
  pieces.push(html.slice(at));
  return pieces;
}

/**
 * Replaces the stylesheet <link> of every page in `out` with a <style> of the rules it can use.
 * `scriptWords`: classes scripts may add after load (their words; see wordsIn). The page's own
 * inline scripts count too. Returns how many pages changed and the stylesheets no page links now.
 * (In the build, strip-runtime does the same in its workers, on the pages it has just stripped.)
 */
export function inlineStylesheets(out, scriptWords) {
  const sheets = new Map();
  const sheet = (href) => {
    if (!sheets.has(href)) sheets.set(href, inlinable(href, fs.readFileSync(path.join(out, href), 'utf8')));
    return sheets.get(href);
  };
  // Every page is done before any is written: a stylesheet that cannot be inlined leaves out/ as it was.
  const pages = [];
  for (const file of htmlFiles(out, ['_next'])) {
    const html = inlinePage(fs.readFileSync(file, 'utf8'), sheet, scriptWords);
    if (html !== undefined) pages.push([file, html]);
  }
  for (const [file, html] of pages) fs.writeFileSync(file, html);
  for (const href of sheets.keys()) fs.rmSync(path.join(out, href));
  return { pages: pages.length, stylesheets: [...sheets.keys()] };
}
