import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { previewCardInput } from '@/app/desk/_server/preview-card';
import { previewKind } from '@/app/desk/_server/preview-kind';
import { renderPreview } from '@/app/desk/_server/preview-pages';
import { isPreviewId, readPreview, storePreview } from '@/app/desk/_server/previews';
import { fitScale } from '@/app/desk/(tools)/edit/PreviewFrame';
import { FIXTURE_CONTENT } from '../../fixture-site';

/**
 * What the desk's preview draws for an editor's unsaved text, on the fixture site (CONTENT_DIR, set
 * by vitest.config.ts): the page or chart it renders, what it says when it cannot, and the share
 * card's input. The browser half (widths, theme, the frame) is tests/desk/preview.test.ts.
 */

const read = (rel: string) => fs.readFileSync(path.join(FIXTURE_CONTENT, rel), 'utf8');
const ENGLISH = 'stories/widgets-by-the-numbers.mdx';
const FRENCH = 'stories/fr/les-gadgets-en-chiffres.mdx';

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };

/** Elements by tag name, and their text, from the HTML as a browser's parser reads it. */
function elements(html: string | Node, tag: string): Node[] {
  const found: Node[] = [];
  const walk = (node: Node) => {
    if (node.tagName === tag) found.push(node);
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(typeof html === 'string' ? (parse(html) as unknown as Node) : html);
  return found;
}
const textOf = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(textOf).join(''));
/** The headline's words (the page joins a few with no-break spaces, so a phone never ends a line on "the"). */
const h1 = (html: string) => elements(html, 'h1').map((el) => textOf(el).replace(/\s+/g, ' '));
const langOf = (html: string) => elements(html, 'html')[0].attrs!.find((a) => a.name === 'lang')?.value;

describe('the preview of a story', () => {
  test('is the story page of the unsaved text, headline and body', () => {
    const text = read(ENGLISH).replace('title: "Widgets by the numbers', 'title: "Zebras by the numbers') + '\nA zebra paragraph, unsaved.\n';
    const preview = renderPreview(ENGLISH, text)!;
    expect(h1(preview.html)).toEqual(["Zebras by the numbers: what the fixture figures do and don’t show"]);
    expect(preview.title).toBe("Zebras by the numbers: what the fixture figures do and don’t show");
    expect(textOf(elements(preview.html, 'article')[0])).toContain('A zebra paragraph, unsaved.');
    // The story's charts are drawn, as on the site; no script of the page is in the body.
    expect(elements(preview.html, 'svg').length).toBeGreaterThan(0);
    expect(elements(elements(preview.html, 'body')[0], 'script').filter((s) => !s.attrs!.some((a) => a.value === 'application/ld+json'))).toEqual([]);
  });

  test('that does not compile says so, and has no title for a card', () => {
    const preview = renderPreview(ENGLISH, read(ENGLISH).replace('title: "', 'title: '))!;
    expect(h1(preview.html)).toEqual(['No preview yet']);
    expect(textOf(elements(preview.html, 'main')[0])).toBe('No preview yetThe story can’t be shown yet: fix what Problems lists.');
    expect(preview.title).toBeUndefined();
  });

  test('in French shows its English original, as saved, only when asked', () => {
    const french = read(FRENCH).replace('title: "Les gadgets', 'title: "Les zèbres');
    expect(renderPreview(FRENCH, french)!.original).toBeUndefined();
    const preview = renderPreview(FRENCH, french, { original: true })!;
    expect(h1(preview.html)[0]).toMatch(/^Les zèbres en chiffres/);
    expect(langOf(preview.html)).toBe('fr-CA');
    expect(h1(preview.original!.html)).toEqual(["Widgets by the numbers: what the fixture figures do and don’t show"]);
    expect(langOf(preview.original!.html)).toBe('en-CA');
    // An English story has no original, asked or not.
    expect(renderPreview(ENGLISH, read(ENGLISH), { original: true })!.original).toBeUndefined();
  });

  test('is drawn while another saved file has errors (the desk saves a draft with errors)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-content-'));
    fs.cpSync(FIXTURE_CONTENT, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'stories/a-broken-draft.mdx'), '---\ntitle: "Broken"\ndraft: true\n---\n\nText {1 + 1}.\n');
    const before = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = dir;
    try {
      expect(h1(renderPreview(ENGLISH, read(ENGLISH))!.html)).toEqual(["Widgets by the numbers: what the fixture figures do and don’t show"]);
    } finally {
      process.env.CONTENT_DIR = before;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('in French names an original that does not exist', () => {
    const preview = renderPreview(FRENCH, read(FRENCH).replace('translationOf: widgets-by-the-numbers', 'translationOf: no-such-story'), { original: true })!;
    expect(textOf(elements(preview.original!.html, 'main')[0])).toContain('There is no English story stories/no-such-story.mdx');
  });
});

describe('the preview of a data file', () => {
  const CHART = 'data/widget-output.json';

  test('is its chart, drawn from the unsaved text', () => {
    const preview = renderPreview(CHART, read(CHART).replace('"title": "Fixture Co raised', '"title": "Zebra Co raised'))!;
    expect(h1(preview.html)[0]).toMatch(/^Zebra Co raised its widget output/);
    expect(elements(preview.html, 'figure').length).toBe(1);
    expect(elements(preview.html, 'svg').length).toBeGreaterThan(0);
  });

  test('in French is the French chart', () => {
    const preview = renderPreview('data/fr/widget-output.json', read('data/fr/widget-output.json'))!;
    expect(h1(preview.html)[0]).toMatch(/^Fixture Co a fait passer sa production/);
    expect(langOf(preview.html)).toBe('fr-CA');
  });

  test('says in words why there is no chart: not JSON, or data with errors', () => {
    const broken = renderPreview(CHART, read(CHART).replace('"chart": "line",', '"chart": "line"'))!;
    expect(textOf(elements(broken.html, 'main')[0])).toContain('The chart cannot be drawn: the text is not valid JSON (see Problems).');
    expect(elements(broken.html, 'svg')).toEqual([]);
    const invalid = renderPreview(CHART, read(CHART).replace('"chart": "line",', '"chart": "pie",'))!;
    expect(textOf(elements(invalid.html, 'main')[0])).toContain('The chart cannot be drawn: the data has errors (see Problems).');
  });
});

describe('the share card', () => {
  test('is the card the site would publish: the unsaved headline and dek, the tag no other story has, no picture, no localhost', () => {
    // "data" is also another published story's tag (a-note-on-orders), "zebras" is no other's: the site's card leads with it.
    const input = previewCardInput(ENGLISH, read(ENGLISH).replace('title: "Widgets by', 'title: "Zebras by').replace('  - data\n  - trade', '  - data\n  - zebras'))!;
    expect(input).toMatchObject({ kicker: 'Zebras', title: "Zebras by the numbers: what the fixture figures do and don’t show", footer: '', lang: 'en' });
    // A story's card has no chart: each chart has a card of its own.
    expect(input.chart).toBeUndefined();
  });

  test('of a chart says "Chart" and its source line; none when the text does not compile', () => {
    expect(previewCardInput('data/widget-output.json', read('data/widget-output.json'))).toMatchObject({ kicker: 'Chart', dek: 'Source: Fixture Co, as reported June 15, 2021', footer: '' });
    expect(previewCardInput(ENGLISH, '---\ntitle: [\n---\n')).toBeUndefined();
  });
});

describe('the preview’s plumbing', () => {
  test('previews stories and data files of both editions, nothing else', () => {
    expect(previewKind('stories/a.mdx')).toEqual({ kind: 'story' });
    expect(previewKind('stories/fr/a.mdx')).toEqual({ kind: 'story' });
    expect(previewKind('data/fr/x.json')).toEqual({ kind: 'chart', id: 'x', lang: 'fr' });
    expect(previewKind('data/x.json')).toEqual({ kind: 'chart', id: 'x', lang: 'en' });
    expect(previewKind('sources/x.txt')).toBeUndefined();
    expect(renderPreview('sources/x.txt', 'text')).toBeUndefined();
  });

  test('a desktop page is drawn smaller to fit the column, a phone page never larger', () => {
    expect(fitScale(640, 1280)).toBe(0.5);
    expect(fitScale(640, 375)).toBe(1);
    // Before the column is measured.
    expect(fitScale(0, 1280)).toBe(1);
  });

  test('keeps an editor’s text under its random id only', () => {
    const id = 'ab'.repeat(16);
    storePreview(id, { path: ENGLISH, text: 'café\r\n' });
    expect(readPreview(id)).toEqual({ path: ENGLISH, text: 'café\r\n' });
    for (const bad of ['../../etc/passwd', 'AB'.repeat(16), 'ab'.repeat(15)]) {
      expect(isPreviewId(bad)).toBe(false);
      expect(readPreview(bad)).toBeUndefined();
    }
  });
});
