// The site's stylesheet goes into each page, as a <style> with only the rules that page can use,
// instead of a <link> to /assets/site-<hash>.css. On a phone, a linked stylesheet holds the first
// paint back by a whole round trip after the HTML (Lighthouse's mobile run: about 0.2 s of a 0.8 s
// LCP); inlined, the text paints as soon as the HTML is in. Inlining all of it would send its 53 kB
// (9 kB compressed) with every page, so a rule goes only where it can match (see `required`).
import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { htmlFiles } from './html-files.mjs';

/** The element strip-runtime writes for the moved stylesheet (scripts/lib/page-allowlist.mjs). */
const LINK = /<link rel="stylesheet" href="(\/assets\/site-[0-9a-f]+\.css)"\/>/g;

/** A CSS identifier's escapes undone: `.sm\:text-5xl` names the class "sm:text-5xl". */
const unescape = (ident) => ident.replace(/\\(?:([0-9a-fA-F]{1,6}) ?|(.))/g, (_, hex, char) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : char));

/** `selector` cut at its top-level commas. */
function alternatives(selector) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
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
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '.' && depth === 0) {
      const name = /^(?:\\(?:[0-9a-fA-F]{1,6} ?|.)|[\w-]|[^\x00-\x7f])+/.exec(selector.slice(i + 1));
      if (name) {
        classes.push(unescape(name[0]));
        i += name[0].length;
      }
    }
  }
  return classes;
}

/**
 * The stylesheet, parsed once, as a function from the classes a page may carry to the CSS that
 * page needs: each rule kept when one of its selectors' classes are all there, each block (@media,
 * @layer, @supports...) kept when anything in it is, everything else (@property, @page, @layer
 * orders, keyframes) as it is. The text of what is kept is the stylesheet's own, byte for byte.
 */
export function stylesheetFor(css) {
  const compile = (node) => {
    if (node.type === 'rule') {
      const needs = alternatives(node.selector).map(required);
      const text = node.toString();
      return (classes) => (needs.some((all) => all.every((c) => classes.has(c))) ? text : '');
    }
    if (node.type === 'atrule' && node.nodes && node.nodes.some((n) => n.type === 'rule') && !/keyframes$/i.test(node.name)) {
      const open = `@${node.name}${node.raws.afterName ?? ' '}${node.params}${node.raws.between ?? ''}{`;
      const children = node.nodes.map(compile);
      // An emptied @layer still says where the layer stands in the order of layers.
      const empty = node.name === 'layer' ? `@layer ${node.params};` : '';
      return (classes) => {
        const inside = children.map((child) => child(classes)).join('');
        return inside ? `${open}${inside}}` : empty;
      };
    }
    if (node.type === 'comment') return () => '';
    // A statement (`@layer a, b;`) ends with a semicolon that postcss keeps outside the node.
    const text = node.type === 'atrule' && !node.nodes ? `${node.toString()};` : node.toString();
    return () => text;
  };
  const root = postcss.parse(css);
  const parts = root.nodes.map(compile);
  return (classes) => parts.map((part) => part(classes)).join('');
}

/** Every class the page's HTML gives an element (SVG's included). */
export function classesIn(html) {
  const classes = new Set();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of value.split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/**
 * Every word of a script that could be a class it sets ("js", "dark:text-white"...): all its
 * strings' words, generously (a word too many keeps a rule, never drops one).
 */
export function wordsIn(script) {
  return new Set(script.split(/[\s'"`,;(){}+=]+/).filter(Boolean));
}

/**
 * Replaces the stylesheet <link> of every page in `out` with a <style> of the rules it can use.
 * `scriptWords`: classes scripts may add after load (their words; see wordsIn). The page's own
 * inline scripts count too. Returns how many pages changed and the stylesheets no page links now.
 */
export function inlineStylesheets(out, scriptWords) {
  const sheets = new Map();
  const sheet = (href) => {
    if (!sheets.has(href)) {
      const css = fs.readFileSync(path.join(out, href), 'utf8');
      // Would end the <style> element early.
      if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style", which cannot go inside a <style> element`);
      // Inside a page, a relative url() would be read from the page's folder instead of /assets/.
      const relative = [...css.matchAll(/url\(\s*['"]?([^'")\s]+)/g)].map((m) => m[1]).find((url) => !/^(\/|data:|[a-z]+:\/\/|#)/i.test(url));
      if (relative) throw new Error(`${href} refers to url(${relative}), which would point elsewhere from inside a page`);
      sheets.set(href, stylesheetFor(css));
    }
    return sheets.get(href);
  };
  // Every page is done before any is written: a stylesheet that cannot be inlined leaves out/ as it was.
  const pages = [];
  for (const file of htmlFiles(out, ['_next'])) {
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes('<link rel="stylesheet" href="/assets/site-')) continue;
    const classes = new Set([...scriptWords, ...classesIn(html)]);
    for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) for (const word of wordsIn(script)) classes.add(word);
    pages.push([file, html.replace(LINK, (_, href) => `<style>${sheet(href)(classes)}</style>`)]);
  }
  for (const [file, html] of pages) fs.writeFileSync(file, html);
  for (const href of sheets.keys()) fs.rmSync(path.join(out, href));
  return { pages: pages.length, stylesheets: [...sheets.keys()] };
}
