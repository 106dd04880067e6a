import { expect, test } from 'vitest';
import { stripPage, stripPageFast } from '../../../scripts/lib/strip-payload.mjs';

// A page as Next writes it: its runtime, payload scripts holding JSON (escaped as Next escapes it), and ours.
const ours = { inlineScripts: ['(function(){document.documentElement.dataset.theme="light"})()'], siteScript: '/assets/site.js', stylesheet: () => '/assets/site-1.css' };
const payload = (n: number) => `<script>self.__next_f.push([1,"${n}:[\\"$\\",\\"p\\",null,{\\"children\\":\\"Text \\u003cb\\u003e ${n}\\"}]\\n"])</script>`;
const page = (body: string) =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  `<script>${ours.inlineScripts[0]}</script></head><body><main>\n<p>Words</p>\n${body}</main>` +
  `${payload(1)}${payload(2)}\n${payload(3)}<script src="/assets/site.js" defer=""></script></body></html>`;

test('a page as Next writes it is stripped to the same bytes, without parsing its payload', () => {
  const html = page('<svg viewBox="0 0 10 10"><text>1</text></svg>');
  const fast = stripPageFast(html, 'a.html', ours);
  expect(fast.fast).toBe(true);
  expect(fast.html).toBe(stripPage(html, 'a.html', ours).html);
  expect(fast.html).not.toContain('__next_f');
  expect(fast.html).toContain('<p>Words</p>');
  expect(fast.problems).toEqual([]);
});

test('a problem on the page is named at its place in the page as written, as the full parse names it', () => {
  const html = page('<p>x</p>').replace('</main>', '</main>\n<script>alert(1)</script>');
  const fast = stripPageFast(html, 'b.html', ours);
  expect(fast.problems).toEqual(stripPage(html, 'b.html', ours).problems);
  expect(fast.problems).toEqual(['b.html:4:1: <script>alert(1)</script> is not something this site puts on a page']);
});

test('payload-like text that is not an element (in a comment, a textarea, an attribute) is left where it is, as the full parse leaves it', () => {
  for (const hidden of [`<!-- ${payload(7)} -->`, `<textarea>${payload(8)}</textarea>`, `<div title='${payload(9)}'></div>`]) {
    const html = page(hidden);
    const fast = stripPageFast(html, 'c.html', ours);
    expect(fast.fast, hidden).toBe(false);
    expect(fast.html, hidden).toBe(stripPage(html, 'c.html', ours).html);
    expect(fast.html, hidden).toContain(hidden);
  }
});
