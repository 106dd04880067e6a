// stripBytes (scripts/lib/strip-payload.mjs) cuts the payload scripts from a page's bytes before
// decoding the rest: on seeded random pages (payload scripts, near misses, characters of every
// width, charts, problems) it must give what stripPageFast gives for the page's text, with the
// same scratch buffer reused from page to page.
import { expect, test } from 'vitest';
import { stripBytes, stripPageFast } from '../../../scripts/lib/strip-payload.mjs';
import { seeded } from '../../random';

const ours = { inlineScripts: ['(function(){document.documentElement.classList.add("js")})()'], siteScript: '/assets/site.js', stylesheet: () => '/assets/site-1.css' };


const pieces = [
  '<script>self.__next_f.push([1,"a é ’ 😷 \\u003cb\\u003e"])</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"x<y"])</script>', // holds "<": not cut, left to the parse
  '<script>self.__next_f.push([1,"no end"])',
  '<script>self.__next_f.push(</script>',
  '<script>(self.__next_f=self.__next_f||[]).push(<script>self.__next_f.push([2])</script>',
  '<!-- <script>self.__next_f.push([3])</script> -->',
  '<textarea><script>self.__next_f.push([4])</script></textarea>',
  '<p>Des masques N95 — 3M à Ottawa ‘quoted’ 😷</p>',
  '<svg viewBox="0 0 10 10"><text>1 é</text></svg>',
  '<p>plain words long enough to be set aside</p>',
  '<script>alert(1)</script>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
];

function page(next: () => number) {
  const body = Array.from({ length: Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? '' : '\n');
  return `<!DOCTYPE html><html lang="fr"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/><script>${ours.inlineScripts[0]}</script></head><body><main>${body}</main><script src="/assets/site.js" defer=""></script></body></html>`;
}

test('on 2,000 seeded random pages, stripping the bytes gives what stripping the text gives', () => {
  const next = seeded(19);
  const scratch = { buffer: undefined };
  let fast = 0;
  for (let i = 0; i < 2000; i++) {
    const html = page(next);
    const expected = stripPageFast(html, 'p.html', ours);
    expect(stripBytes(Buffer.from(html), 'p.html', ours, scratch), html).toEqual(expected);
    if (expected.fast && html.includes('__next_f')) fast++;
  }
  // Both roads were taken: pages whose payload went by string search, and pages left to the parse.
  expect(fast).toBeGreaterThan(200);
  expect(fast).toBeLessThan(1900);
});

test('a scratch buffer too small for the page is made larger', () => {
  const scratch = { buffer: Buffer.alloc(8) };
  const html = page(seeded(1)) + pieces[0].repeat(50);
  expect(stripBytes(Buffer.from(html), 'p.html', ours, scratch)).toEqual(stripPageFast(html, 'p.html', ours));
  expect(scratch.buffer.length).toBeGreaterThanOrEqual(Buffer.byteLength(html));
});
