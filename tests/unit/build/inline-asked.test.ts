// The stylesheet a page gets is chosen from only what the stylesheet asks about (its classes,
// element and attribute names, custom properties: scripts/lib/page-names.mjs `asked`), once per
// distinct set of those (stylesheetFor's forPage). On seeded random pages it must be the CSS that
// the whole page's classes, names (namesIn) and custom properties (customPropertiesIn of the page
// and the script words joined) choose, as the step chose it before.
import { expect, test } from 'vitest';
import { classesIn, customPropertiesIn, inlinePage, namesIn, stylesheetFor, wordsIn } from '../../../scripts/lib/inline-css.mjs';
import { seeded } from '../../random';

const css =
  '@layer theme,base,utilities;@layer theme{:root{--c-red:red;--c-blue:blue;--space:.25rem}}' +
  '@property --tw-shadow{syntax:"*";inherits:false}@property --tw-k{syntax:"*";inherits:false}@property --tw-ring{syntax:"*";inherits:false}' +
  '@layer base{a{color:var(--c-red)}kbd,samp{font-family:mono}ol[type=A]{list-style:upper-alpha}[hidden]{display:none}[title]{cursor:help}}' +
  '@layer utilities{.mt-3{margin-top:calc(var(--space)*3)}.sm\\:p-4{padding:1rem}.shadow{--tw-shadow:0 1px red;box-shadow:var(--tw-shadow)}' +
  '@media (min-width:40rem){.sm\\:text-5xl{font-size:3rem}}.prose :where(h2,h3):not(:where([class~=not-prose])){font-weight:700}' +
  '.prose :where([class~=lead]){font-size:1.25em}.dark .chart,.chart-only{fill:var(--c-blue)}.k{--tw-k:1}}' +
  'svg text{fill:#000}[data-search-results]{gap:1rem}[data-kind]{order:1}.é{color:red}';


const LINK = '<link rel="stylesheet" href="/assets/site-0123456789.css"/>';
const classes = ['mt-3', 'sm:p-4', 'sm:text-5xl', 'shadow', 'prose', 'lead', 'not-prose', 'dark', 'chart', 'chart-only', 'k', 'é', 'other', 'KBD', 'title'];
const tags = ['p', 'a', 'kbd', 'KBD', 'samp', 'ol', 'h2', 'H3', 'svg', 'text', 'span', 'div', 'ſamp'];
const attrs = ['type="A"', 'TYPE=A', 'hidden', 'Title="x"', 'data-title="y"', 'data-search-results=""', 'tİtle="z"', 'aria-label="size type"', "style='color:var(--c-red)'", 'data-x="--tw-shadow"', 'style="--tw-ring:1"', 'data-\u212Aind="x"'];
const texts = ['words', ' --tw-k ', 'é à ’', '--c-blue-ish', 'class="k"', ' & ', '--space'];

function page(next: () => number) {
  const pick = <T,>(list: T[]) => list[Math.floor(next() * list.length)];
  const parts: string[] = [];
  for (let i = 0, n = 1 + Math.floor(next() * 12); i < n; i++) {
    const tag = pick(tags);
    const own = Array.from({ length: Math.floor(next() * 3) }, () => pick(attrs));
    if (next() < 0.6) own.push(`class="${Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(classes)).join(next() < 0.5 ? ' ' : '  ')}"`);
    parts.push(`<${tag}${own.map((a) => ` ${a}`).join('')}>${pick(texts)}</${tag}>`);
  }
  if (next() < 0.3) parts.push(`<script>document.body.classList.add('${pick(classes)}')</script>`);
  const at = Math.floor(next() * parts.length);
  const links = next() < 0.15 ? [LINK, LINK] : [LINK];
  return `<!DOCTYPE html><html><head>${links.join('')}</head><body>${parts.slice(0, at).join('')}${parts.slice(at).join('')}</body></html>`;
}

/** The step before: the whole page's sets, given to the choice as they are. */
function before(html: string, scriptWords: Set<string>, forPage: ReturnType<typeof stylesheetFor>) {
  const all = new Set([...scriptWords, ...classesIn(html)]);
  for (const [, script] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) for (const word of wordsIn(script)) all.add(word);
  const names = namesIn(html, all);
  const used = customPropertiesIn(`${html} ${[...scriptWords].join(' ')}`);
  return html.replaceAll(LINK, () => `<style>${forPage.select(all, names, used)}</style>`);
}

test('on 3,000 seeded random pages, the CSS chosen from what the stylesheet asks is the CSS the whole page chooses', () => {
  const next = seeded(21);
  const forPage = stylesheetFor(css);
  let differ = 0;
  const seen = new Set<string>();
  for (let i = 0; i < 3000; i++) {
    const html = page(next);
    const scriptWords = new Set(next() < 0.5 ? ['dark', 'samp', '--tw-shadow'] : ['js']);
    const now = inlinePage(html, () => forPage, scriptWords);
    const then = before(html, scriptWords, forPage);
    if (now !== then) differ++;
    seen.add(then);
  }
  expect(differ).toBe(0);
  // The pages are varied enough to mean something: many different stylesheets came out.
  expect(seen.size).toBeGreaterThan(2000);
});

test('an attribute or element asked about in another case, or named with other characters, still counts', () => {
  const forPage = stylesheetFor(css);
  const one = (body: string) => inlinePage(`<head>${LINK}</head><body>${body}</body>`, () => forPage, new Set())!;
  expect(one('<OL TYPE=A>x</OL>')).toContain('ol[type=A]{list-style:upper-alpha}');
  expect(one('<p TITLE="t">x</p>')).toContain('[title]{cursor:help}');
  expect(one('<p data-title="t">x</p>')).not.toContain('[title]');
  // An attribute with a character beyond ASCII is always split into names, and counts as namesIn counts it:
  // the Kelvin sign (U+212A) is "k" in lower case.
  expect(one('<p data-\u212Aind="x">x</p>')).toContain('[data-kind]{order:1}');
  expect(one('<p dàta-x="1" hidden>x</p>')).toContain('[hidden]{display:none}');
});
