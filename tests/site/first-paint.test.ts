import { describe, expect, test } from 'vitest';
import { attr, builtPages, elements, isInside, textOf } from './out';

// On a phone, each request the first paint waits for costs a round trip after the HTML (Lighthouse's
// mobile run: about 0.2 s). The site's stylesheet is inlined into each page, only the rules the page
// can use (scripts/lib/inline-css.mjs), its script is loaded after the page, and it has no web fonts:
// so the HTML is all a page needs to paint its text.

/** `sm:text-5xl` as a CSS class selector writes it: `.sm\:text-5xl`. */
const selector = (name: string) => `.${name.replace(/[^\w-]/g, (c) => `\\${c}`)}`;

describe('every page paints from its HTML alone', () => {
  for (const page of builtPages()) {
    test(page, () => {
      const all = elements(page);
      const blocking = all.filter(
        (el) =>
          (el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).includes('stylesheet')) ||
          // A script file that is neither async nor deferred stops the parser until it has loaded.
          (el.tagName === 'script' && attr(el, 'src') !== undefined && attr(el, 'async') === undefined && attr(el, 'defer') === undefined && attr(el, 'type') !== 'module'),
      );
      expect(blocking.map((el) => `<${el.tagName} ${el.attrs.map((a) => `${a.name}="${a.value}"`).join(' ')}>`)).toEqual([]);

      const styles = all.filter((el) => el.tagName === 'style' && !isInside(el, 'svg'));
      expect(styles.map((el) => isInside(el, 'head')), 'one <style>, in <head>').toEqual([true]);
      const css = textOf(styles[0]);
      // Nothing in it fetches before the text can paint.
      expect(css).not.toMatch(/@import|@font-face/);
      // It holds the rules of what paints first: the page's background and text, and its heading.
      const first = all.filter((el) => el.tagName === 'body' || el.tagName === 'h1');
      const classes = first.flatMap((el) => (attr(el, 'class') ?? '').split(/\s+/).filter(Boolean));
      expect(classes.length).toBeGreaterThan(0);
      expect(classes.filter((name) => !css.includes(selector(name)))).toEqual([]);
    });
  }
});

// The browser asks for a linked icon once the page has loaded, which on a small page is before its
// text is on screen, and Lighthouse makes the largest paint wait for any request that ends before it.
describe('every page carries its icon instead of linking to a file', () => {
  for (const page of builtPages()) {
    test(page, () => {
      const icons = elements(page).filter((el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').split(/\s+/).includes('icon'));
      expect(icons.map((el) => attr(el, 'href')?.slice(0, 19))).toEqual(['data:image/svg+xml,']);
      const svg = decodeURIComponent(attr(icons[0], 'href')!.slice(19));
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*>N95<\/text><\/svg>$/);
    });
  }
});

// A story sends its HTML and its rules in one response: every rule the page cannot use is bytes a
// phone waits for (past 14.6 kB compressed, a whole round trip). The prose stylesheet (app/prose.css) has rules
// for elements most pages lack (pre, code, hr, ordered lists...): only those of elements the page has stay.
describe('no page carries typography rules for elements it does not have', () => {
  for (const page of builtPages()) {
    test(page, () => {
      const all = elements(page);
      const style = all.find((el) => el.tagName === 'style' && !isInside(el, 'svg'));
      const css = style ? textOf(style) : '';
      const tags = new Set(all.map((el) => el.tagName));
      // Elements of text, which no script of the site creates (a word of a script counts as an element it may create).
      const text = new Set(['kbd', 'pre', 'code', 'table', 'thead', 'tbody', 'tfoot', 'ol', 'dl', 'dt', 'dd', 'hr', 'h1', 'h2', 'h3', 'h4', 'img', 'picture', 'video', 'blockquote', 'strong']);
      const wanted = [...css.matchAll(/\.prose :where\(([a-z][a-z0-9]*)\)/g)].map((m) => m[1]).filter((tag) => text.has(tag));
      expect(wanted.filter((tag) => !tags.has(tag))).toEqual([]);
    });
  }
});
