import { markdown } from '@codemirror/lang-markdown';
import { describe, expect, test } from 'vitest';
import { bodyStart, unspelledFrontmatter, unspelledJson, unspelledMarkdown, type Span } from '@/app/desk/(tools)/edit/spelling';

/** The spans the spell checker must leave alone in a story: frontmatter and body, as the editor marks them. */
function storySpans(text: string): Span[] {
  const tree = markdown({ addKeymap: false }).language.parser.parse(text);
  return [...unspelledFrontmatter(text), ...unspelledMarkdown(tree, bodyStart(text), 0, text.length)];
}

/** Each of `words` (its first occurrence after `after`), with whether the spell checker may look at it. */
function verdicts(text: string, spans: Span[], words: string[], after = ''): Record<string, 'checked' | 'left alone'> {
  const from = text.indexOf(after);
  return Object.fromEntries(
    words.map((word) => {
      const at = text.indexOf(word, from);
      if (at < 0) throw new Error(`${word} is not in the text`);
      const inside = spans.filter((s) => s.from < at + word.length && s.to > at);
      // A word is either wholly left alone or wholly checked: a span never cuts one.
      for (const s of inside) expect(s.from <= at && s.to >= at + word.length, `${word} is cut by ${JSON.stringify(s)}`).toBe(true);
      return [word, inside.length ? 'left alone' : 'checked'];
    }),
  );
}

const STORY = `---
title: "Ottawa's case, in a headlne"
dek: "A dek with a typpo in it"
byline:
  - Jane Reportr
published: 2021-06-17T09:00:00-04:00
tags:
  - health-care
  - tradde
draft: false
sources:
  - name: "A report on the bordr"
    date: 2021-06-16
    url: https://example.org/reprot
corrections:
  - date: 2021-06-18
    text: "An earlier versoin gave the wrong day."
translationOf: the-widgte-standoff
---

The prose has a mispelt word, and a [link's wordz](/stories/the-widgte-standoff/).

<Chart id="widgte-orders" />

« <Quote original="Teh English words">Les mots françaiss</Quote> », and \`codde\` and <https://example.org/autolinkk>.

## A headng
`;

describe('what the spell checker looks at', () => {
  test('in the frontmatter, the words readers see: title, dek, byline, source names, corrections', () => {
    expect(verdicts(STORY, storySpans(STORY), ['headlne', 'typpo', 'Reportr', 'bordr', 'versoin'])).toEqual({ headlne: 'checked', typpo: 'checked', Reportr: 'checked', bordr: 'checked', versoin: 'checked' });
  });

  test('in the frontmatter, not the field names, dates, tags, switches, addresses or slugs', () => {
    const words = ['title', 'dek', 'byline', 'published', '2021-06-17T09', 'tradde', 'health-care', 'draft: false', 'name', 'date', 'reprot', 'corrections', 'text', 'translationOf', 'widgte', '---'];
    expect(Object.values(verdicts(STORY, storySpans(STORY), words)).every((v) => v === 'left alone'), JSON.stringify(verdicts(STORY, storySpans(STORY), words))).toBe(true);
  });

  test('in the body, the prose, link text, the French inside <Quote> and headings; not components, addresses, code or the quoted original', () => {
    const spans = storySpans(STORY);
    expect(verdicts(STORY, spans, ['mispelt', 'wordz', 'françaiss', 'headng'], '---\n\n')).toEqual({ mispelt: 'checked', wordz: 'checked', françaiss: 'checked', headng: 'checked' });
    expect(verdicts(STORY, spans, ['the-widgte-standoff/', 'widgte-orders', 'Teh English', 'codde', 'autolinkk'], '---\n\n')).toEqual({ 'the-widgte-standoff/': 'left alone', 'widgte-orders': 'left alone', 'Teh English': 'left alone', codde: 'left alone', autolinkk: 'left alone' });
  });

  test('a file without frontmatter is all body; a frontmatter never closed holds no body', () => {
    const bare = 'Just a paragrph, <Chart id="x-y" />.\n';
    expect(bodyStart(bare)).toBe(0);
    expect(verdicts(bare, storySpans(bare), ['paragrph', 'x-y'])).toEqual({ paragrph: 'checked', 'x-y': 'left alone' });
    const open = '---\ntitle: "A titel"\ntags:\n  - tagg\nbyline:\n  - Une Autrrice';
    expect(bodyStart(open)).toBe(open.length);
    expect(verdicts(open, storySpans(open), ['titel', 'tagg', 'Autrrice'])).toEqual({ titel: 'checked', tagg: 'left alone', Autrrice: 'checked' });
  });

  test('in a data file, the values of the fields readers read, one word or several; not property names, ids, dates, types or quoted English', () => {
    const json = `{
  "id": "widgte-orders",
  "title": "Orders of widgtes, by month",
  "chart": "line",
  "units": "widgtes",
  "notes": ["A note with a mistke."],
  "values": [{ "date": "2021-01", "label": "Janury", "value": 3, "quote": "Teh report said so", "speaker": "Minster" }],
  "speakers": { "Traditionaly exported to Canada": { "label": "Exportés traditionnelment" } }
}`;
    const spans = unspelledJson(json);
    const checked = ['widgtes,', 'mistke', 'Janury', 'Minster', 'traditionnelment', '"widgtes"'];
    expect(verdicts(json, spans, checked)).toEqual(Object.fromEntries(checked.map((w) => [w, 'checked'])));
    const left = ['"id"', 'widgte-orders', '"title"', '"line"', '"values"', '2021-01', '"speaker"', 'Teh report', 'Traditionaly exported'];
    expect(verdicts(json, spans, left)).toEqual(Object.fromEntries(left.map((w) => [w, 'left alone'])));
  });

  test('half-typed JSON is read as far as it goes', () => {
    const json = '{ "title": "An unfinishd title, "notes": [ "half a not';
    const spans = unspelledJson(json);
    expect(verdicts(json, spans, ['unfinishd'])).toEqual({ unfinishd: 'checked' });
  });

  test('a closing fence with spaces after it; a block scalar or a quoted value carried on over lines that hold "Word:"', () => {
    const text = '---\ndek: >-\n  Ottawa: a dek with a typpo\n  and a secnd line\ntitle: "A title that\n  Goes: with a mistak"\ntags:\n  - tradde\n--- \n\nThe bodyy.\n';
    expect(bodyStart(text)).toBe(text.indexOf('\nThe bodyy') );
    expect(verdicts(text, storySpans(text), ['typpo', 'secnd', 'mistak', 'bodyy', 'tradde', 'Ottawa:'])).toEqual({ typpo: 'checked', secnd: 'checked', mistak: 'checked', bodyy: 'checked', tradde: 'left alone', 'Ottawa:': 'checked' });
    // A field that is not prose carries on unchecked in the same way.
    const slug = '---\ntranslationOf: >\n  the-widgte: standoff\ntitle: "Tittle"\n---\n';
    expect(verdicts(slug, storySpans(slug), ['widgte', 'Tittle'])).toEqual({ widgte: 'left alone', Tittle: 'checked' });
  });

  test('no text, however strange, makes them throw or hang, and every span lies inside the text', () => {
    const pieces = ['---', '\n', '\r\n', 'title: "x"', '  - a', '<Quote original="', '">', '</Quote>', '`', '```', '[a](b)', '<', '"', '{', '}', ':', ',', '\\', '\u0000', 'é', '\ud800', '# h', '> q', '- ', 'key:'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(random() * 80) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      for (const spans of [storySpans(text), unspelledJson(text)]) {
        for (const s of spans) expect(0 <= s.from && s.from < s.to && s.to <= text.length, `${JSON.stringify(text)}: ${JSON.stringify(s)}`).toBe(true);
      }
    }
  });
});
