// The charts set aside before a page is parsed (scripts/lib/strip-svg.mjs): wherever one is, the
// page must come out of stripPageFast exactly as the full parse (stripPage) leaves it, with the
// same problems; a chart is set aside only where the parser would read it as SVG markup.
import { expect, test } from 'vitest';
import { stripPage, stripPageFast } from '../../../scripts/lib/strip-payload.mjs';
import { asideIn, chartsIn } from '../../../scripts/lib/strip-svg.mjs';

const ours = { inlineScripts: ['(function(){document.documentElement.classList.add("js")})()'], siteScript: '/assets/site.js', stylesheet: () => '/assets/site-1.css' };
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/>${head}` +
  `<script src="/_next/static/chunks/b.js" async=""></script><script>${ours.inlineScripts[0]}</script></head><body><main>\n${body}\n</main>` +
  '<script>self.__next_f.push([1,"x"])</script><script src="/assets/site.js" defer=""></script></body></html>';
// A chart as the site draws one: title and description, shapes, texts split by React's <!-- -->,
// and attribute values holding " on" and ">".
const chart =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 238" style="height:auto;aspect-ratio:640 / 238" role="img" aria-labelledby="t">' +
  '<title id="t">Masks on order &gt; 75 million</title><desc>Bar chart.</desc><defs><pattern id="p" patternUnits="userSpaceOnUse"><line x1="1" y1="0"></line></pattern></defs>' +
  '<g tabindex="0" aria-label="Exports on hold (April 7, 2020) -> 3M" data-tip="a > b"><rect x="0" y="-4" width="644" rx="6"/><path d="M366.3,74.6L381"></path>' +
  '<text x="0" y="23.8">230<!-- --> million</text><clipPath id="c"><circle r="2"/></clipPath></g></svg>';
const same = (html: string) => {
  const fast = stripPageFast(html, 'p.html', ours);
  expect({ html: fast.html, problems: fast.problems }).toEqual(stripPage(html, 'p.html', ours));
  return fast;
};

test("a page's charts are set aside and come back where they stood, the page stripped as the full parse strips it", () => {
  const html = page(`<figure>${chart}</figure><p>Words on <b>masks</b></p><figure>${chart}</figure>`);
  expect(chartsIn(html)).toHaveLength(2);
  const fast = same(html);
  expect(fast.fast).toBe(true);
  expect(fast.html).toContain(`<figure>${chart}</figure><p>Words on <b>masks</b></p><figure>${chart}</figure>`);
  expect(fast.html).not.toContain('/_next/');
});

test('an event handler in a chart is not set aside: it is reported as the full parse reports it', () => {
  for (const bad of [chart.replace('<rect ', '<rect onclick="go()" '), chart.replace('<svg ', '<svg ONLOAD="go()" ')]) {
    const html = page(`<figure>${bad}</figure>`);
    expect(chartsIn(html)).toEqual([]);
    expect(same(html).problems).toHaveLength(1);
  }
});

test('SVG that the parser does not read as markup, or that holds HTML, is left to the full parse', () => {
  const hidden = [
    `<noscript>${chart}</noscript>`,
    `<textarea>${chart}</textarea>`,
    `<!-- ${chart} -->`,
    `<script type="application/ld+json">{"x":"${chart.replaceAll('"', "'")}"}</script>`,
    `<div title='${chart.replaceAll("'", '"')}'></div>`,
    chart.replace('<desc>Bar chart.</desc>', '<desc>Bar <b>chart</b>.</desc>'),
    chart.replace('<line ', '<foreignObject><div>x</div></foreignObject><line '),
    chart.replace('<line ', '<p>x</p><line '),
  ];
  for (const body of hidden) {
    const html = page(body);
    expect(chartsIn(html), body).toEqual([]);
    same(html);
  }
  // A page with what the scan does not reason about: no chart is set aside, wherever it is.
  for (const unusual of ['<select><option>a</option></select>', '<math><mi>x</mi></math>', '<!--> -->', '<?php x ?>']) {
    const html = page(`${unusual}<figure>${chart}</figure>`);
    expect(chartsIn(html), unusual).toEqual([]);
    same(html);
  }
});

test('a script or style that runs past the chart keeps it from being set aside', () => {
  // "<!--" in a script may carry its text past the first </script>; the scan does not follow it.
  const escaped = page(`<script>self.__next_f.push("<!--<script>")</script>${chart}<script>x()</script>`);
  expect(chartsIn(escaped)).toEqual([]);
  same(escaped);
  const raw = page(`<style>p{}</style >${chart}`, '<noscript><link rel="stylesheet" href="/x.css"/></noscript>');
  same(raw);
});

test('text on the page that looks like the mark does not confuse the charts put back', () => {
  const html = page(`<p>@chart0@0@</p><!--@chart0@1@-->${chart}<p>${'@chart1@'}</p>${chart}`);
  expect(chartsIn(html)).toHaveLength(2);
  expect(same(html).fast).toBe(true);
});

test('runs of text are set aside where the parser reads text, and the page is stripped as the full parse strips it', () => {
  const words = 'The masks went to the United States, said the minister on April 3.';
  const html = page(`<p>${words}</p><pre>\n${words}</pre><table><tr><td>${words}</td></tr>${words}</table><textarea>${words}</textarea>\n   \n<p>\0\0 \0 \0\0\0 \0\0\0\0\0\0\0</p>`, `${words}`);
  const texts = asideIn(html).filter(([, , kind]) => kind === 'text').map(([start, end]) => html.slice(start, end));
  // Text in the head (which it closes), a table (whose text goes before it), a <pre>; not the
  // textarea's, which is raw text, nor whitespace and NUL alone.
  expect(texts).toEqual([words, words, `\n${words}`, words, words]);
  const fast = same(html);
  expect(fast.fast).toBe(true);
  expect(fast.html).toContain(`<pre>\n${words}</pre>`);
});

test('pages made at random of charts, text and awkward markup strip exactly as the full parse strips them', () => {
  // A seeded generator, so a failure names a page that can be made again.
  let seed = 19;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  // Mostly what pages hold, with now and then something the scan must refuse or see through.
  const usual = [chart, 'The masks went south, said the minister & "others" on April 3.', ' \n ', '<p>', '</p>', '<b>x</b>', '<table>', '<tr><td>cell</td></tr>', '</table>', '<pre>\n', '</pre>', '<!-- -->', '&amp;&lt;&#x3c;&nope;', '@chart0@0@', '\0'];
  const awkward = [
    chart.replace('<rect ', '<rect onclick="go()" '),
    chart.replace('<line ', '<foreignObject><div>x</div></foreignObject><line '),
    chart.replace('<desc>Bar chart.</desc>', '<desc>Bar <b>chart</b>.</desc>'),
    '<textarea>',
    '</textarea>',
    '<noscript>',
    '</noscript>',
    '<template>',
    '</template>',
    '<!-->',
    '<!--x--!>',
    '<script>x("<!--")</script>',
    '<style>p{}</style>',
    '<svg><text><p>html</p></text></svg>',
    '<svg><![CDATA[x]]></svg>',
    '<svg><a href="/x">a</a></svg>',
    '<div title="a > <svg>">',
    '</div>',
    '< not a tag',
    '<select><option>a</option></select>',
  ];
  const piece = () => (random() < 0.15 ? pick(awkward) : pick(usual));
  let setAside = 0;
  for (let n = 0; n < 400; n++) {
    const body = Array.from({ length: 1 + Math.floor(random() * 8) }, piece).join('');
    const html = page(body);
    const fast = stripPageFast(html, 'p.html', ours);
    expect({ html: fast.html, problems: fast.problems }, `page ${n}: ${body}`).toEqual(stripPage(html, 'p.html', ours));
    if (asideIn(html).length) setAside++;
  }
  // Else the pages would all have gone the full parse's way, and the comparison would prove nothing.
  expect(setAside).toBeGreaterThan(100);
});
