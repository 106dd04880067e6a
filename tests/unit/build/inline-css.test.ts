import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { customPropertiesIn, inlineStylesheets, namesIn, required, stylesheetFor } from '../../../scripts/lib/inline-css.mjs';

describe('the classes a selector needs', () => {
  test("a utility's escaped name is the class in the HTML", () => {
    expect(required('.sm\\:text-5xl')).toEqual(['sm:text-5xl']);
    expect(required('.top-0\\.5')).toEqual(['top-0.5']);
    expect(required('.w-1\\/2:hover')).toEqual(['w-1/2']);
    expect(required('.\\31 0x')).toEqual(['10x']);
  });

  test('every class outside parentheses is needed, together', () => {
    expect(required('.dark .chart')).toEqual(['dark', 'chart']);
    expect(required('.group:hover .group-hover\\:underline')).toEqual(['group', 'group-hover:underline']);
  });

  test('a class inside :not(), :where(), :is() or an attribute is not needed', () => {
    expect(required(':root:not(.light) .chart')).toEqual(['chart']);
    expect(required('.prose :where(h2):not(:where([class~=not-prose],[class~=not-prose] *))')).toEqual(['prose']);
    expect(required('.dark\\:text-white:where(.dark, .dark *)')).toEqual(['dark:text-white']);
    expect(required('[class~=x] p')).toEqual([]);
    expect(required('html')).toEqual([]);
  });
});

describe('the stylesheet a page needs', () => {
  const css =
    '@layer theme,base,utilities;@layer theme{:root{--c:red}}@layer base{a{color:var(--c)}.quote{margin:0}}' +
    '@layer utilities{.mt-3{margin-top:.75rem}.sm\\:text-5xl{font-size:3rem}@media (min-width:40rem){.sm\\:p-4{padding:1rem}}}' +
    '@property --tw-x{syntax:"*";inherits:false}@keyframes spin{to{transform:rotate(1turn)}}.dark .chart,.chart-only{fill:#000}';
  const forPage = stylesheetFor(css);

  test('keeps the rules whose classes the page has, byte for byte, and what is not a rule as it is (an unread @property aside)', () => {
    expect(forPage(new Set(['mt-3', 'sm:text-5xl']))).toBe(
      '@layer theme,base,utilities;@layer theme{:root{--c:red}}@layer base{a{color:var(--c)}}' +
        '@layer utilities{.mt-3{margin-top:.75rem}.sm\\:text-5xl{font-size:3rem}}' +
        '@keyframes spin{to{transform:rotate(1turn)}}',
    );
  });

  test('a selector list is kept when one of its selectors can match; an emptied block goes, an emptied layer stays in the order', () => {
    expect(forPage(new Set(['chart-only', 'sm:p-4']))).toBe(
      '@layer theme,base,utilities;@layer theme{:root{--c:red}}@layer base{a{color:var(--c)}}' +
        '@layer utilities{@media (min-width:40rem){.sm\\:p-4{padding:1rem}}}' +
        '@keyframes spin{to{transform:rotate(1turn)}}.dark .chart,.chart-only{fill:#000}',
    );
    expect(stylesheetFor('@layer base{.x{color:red}}@layer utilities{a{color:blue}}')(new Set())).toBe('@layer base;@layer utilities{a{color:blue}}');
  });
});

describe('the elements and attributes a selector needs', () => {
  const prose =
    '.prose :where(kbd):not(:where([class~=not-prose],[class~=not-prose] *)){border:1px solid}' +
    '.prose :where(ol[type=A]):not(:where([class~=not-prose])){list-style:upper-alpha}' +
    '.prose :where(h1,h2):not(:where([class~=not-prose])){font-weight:700}' +
    '.prose :where([class~=lead]){font-size:1.25em}' +
    'code,kbd,pre{font-family:mono}' +
    ':root:not(.light) svg text{fill:#fff}';
  const forPage = stylesheetFor(prose);
  const page = (html: string) => forPage(new Set(['prose']), namesIn(html, new Set()));

  test('a typography rule for an element the page does not have goes; one for an element it has stays', () => {
    expect(page('<article class="prose"><h2>A</h2><p>b</p></article>')).toBe('.prose :where(h1,h2):not(:where([class~=not-prose])){font-weight:700}');
    expect(page('<article class="prose"><p>Press <kbd>K</kbd></p></article>')).toBe(
      '.prose :where(kbd):not(:where([class~=not-prose],[class~=not-prose] *)){border:1px solid}code,kbd,pre{font-family:mono}',
    );
  });

  test('an attribute the selector needs must be on the page; [class~=x] is the class x', () => {
    expect(page('<ol><li>a</li></ol>')).toBe('');
    expect(page('<ol type="A"><li>a</li></ol>')).toBe('.prose :where(ol[type=A]):not(:where([class~=not-prose])){list-style:upper-alpha}');
    expect(forPage(new Set(['prose', 'lead']), namesIn('<p class="lead">x</p>', new Set()))).toBe('.prose :where([class~=lead]){font-size:1.25em}');
  });

  test('an element in an SVG counts, in any case, and so does a word of a script (it may create one)', () => {
    expect(page('<svg><TEXT>1</TEXT></svg>')).toBe(':root:not(.light) svg text{fill:#fff}');
    expect(forPage(new Set(['prose']), namesIn('<p>x</p>', new Set(['kbd'])))).toContain('code,kbd,pre{font-family:mono}');
  });

  test('without the names, every element counts as present', () => {
    expect(forPage(new Set(['prose']))).toContain('.prose :where(kbd)');
  });
});

describe('custom properties nothing reads', () => {
  const css =
    '@layer theme{:root{--color-red:red;--color-blue:blue;--spacing:.25rem}}' +
    '@property --tw-shadow{syntax:"*";inherits:false}@property --tw-ring{syntax:"*";inherits:false}' +
    '.a{color:var(--color-red);padding:calc(var(--spacing)*2)}.b{color:var(--color-blue)}' +
    '.c{--tw-shadow:0 1px red;box-shadow:var(--tw-shadow)}.d{--tw-ring:0 0 0 1px red}';

  test('a declaration and its @property go when no kept rule reads it with var()', () => {
    expect(stylesheetFor(css)(new Set(['a', 'd']))).toBe('@layer theme{:root{--color-red:red;--spacing:.25rem}}.a{color:var(--color-red);padding:calc(var(--spacing)*2)}');
    expect(stylesheetFor(css)(new Set(['b', 'c']))).toBe(
      '@layer theme{:root{--color-blue:blue}}@property --tw-shadow{syntax:"*";inherits:false}.b{color:var(--color-blue)}.c{--tw-shadow:0 1px red;box-shadow:var(--tw-shadow)}',
    );
  });

  test('one read only by another custom property that goes, goes too', () => {
    const chain = ':root{--blue:blue;--red:red}.invert{--fg:var(--blue)}.x{--bg:var(--red);color:var(--fg)}.y{--bg:var(--red)}';
    expect(stylesheetFor(chain)(new Set(['y']))).toBe('');
    expect(stylesheetFor(chain)(new Set(['invert', 'y']))).toBe('');
    expect(stylesheetFor(chain)(new Set(['invert', 'x']))).toBe(':root{--blue:blue}.invert{--fg:var(--blue)}.x{color:var(--fg)}');
  });

  test('one the page itself names (a style attribute, a script) stays', () => {
    expect(stylesheetFor(css)(new Set(['d']), undefined, customPropertiesIn('<div style="color:var(--color-blue)"></div> el.style.setProperty("--tw-ring", x)'))).toBe(
      '@layer theme{:root{--color-blue:blue}}@property --tw-ring{syntax:"*";inherits:false}.d{--tw-ring:0 0 0 1px red}',
    );
  });
});

describe('inlining into the built pages', () => {
  const href = '/assets/site-0123456789.css';
  function site(css: string, pages: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inline-css-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, href), css);
    for (const [name, body] of Object.entries(pages)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), `<!DOCTYPE html><html><head><link rel="stylesheet" href="${href}"/></head><body>${body}</body></html>`);
    }
    return dir;
  }

  test('each page gets the rules it can use instead of the link, classes its scripts add included, and the stylesheet file goes', () => {
    const dir = site('.a{color:red}.b{color:blue}.js .c{color:green}.d{color:gray}', {
      'index.html': '<p class="a">x</p><script>document.documentElement.classList.add(\'js\')</script><p class="c">y</p>',
      'about/index.html': '<svg class="b"></svg>',
    });
    expect(inlineStylesheets(dir, new Set(['d']))).toEqual({ pages: 2, stylesheets: [href] });
    expect(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).toContain('<head><style>.a{color:red}.js .c{color:green}.d{color:gray}</style></head>');
    expect(fs.readFileSync(path.join(dir, 'about/index.html'), 'utf8')).toContain('<head><style>.b{color:blue}.d{color:gray}</style></head>');
    expect(fs.existsSync(path.join(dir, href))).toBe(false);
  });

  test('a stylesheet that cannot be moved into a page stops the step, and nothing is written', () => {
    const closing = site('p::after{content:"</style>"}', { 'index.html': '<p>x</p>' });
    expect(() => inlineStylesheets(closing, new Set())).toThrow('contains "</style"');
    const relative = site('.a{background:url(media/bg.png)}', { 'index.html': '<p class="a">x</p>' });
    expect(() => inlineStylesheets(relative, new Set())).toThrow('url(media/bg.png)');
    expect(fs.readFileSync(path.join(relative, 'index.html'), 'utf8')).toContain(`<link rel="stylesheet" href="${href}"/>`);
  });
});
