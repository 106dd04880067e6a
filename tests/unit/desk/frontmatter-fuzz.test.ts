import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { frontmatterBlock, PANEL_FIELDS, readFrontmatter, setField } from '@/app/desk/(tools)/edit/frontmatter-edit';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Whatever the text holds, the panel reads it or says it cannot, and an edit changes the one field
 * or nothing: fast-check with a fixed seed, so a failure replays.
 */
// The content model finds a story's frontmatter with micromark's frontmatter extension (lib/content/mdx.ts).
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const runs = (numRuns: number) => ({ seed: 20261203, numRuns, endOnFailure: true });

/** Pieces a story's opening is made of, strange ones included. */
const piece = fc.constantFrom('---', '--- ', '---\t', '----', 'title: a', 'title: "b', "dek: 'c'", 'tags: [x, y]', 'tags:', '  - z', '- q', '# note', '&a x', '*a', '{', ']', ': :', '? k', '\t', '', '...', 'title: |', '  block', 'draft: yes', 'published: 2026-11-20T09:00:00-05:00', 'é “x”', '\u2028', '\ufeff');
const ending = fc.constantFrom('\n', '\r\n', '\r');
const opening = fc.array(fc.tuple(piece, ending), { maxLength: 12 }).map((lines) => lines.map(([l, e]) => l + e).join(''));
const anyText = fc.oneof(opening, opening.map((t) => `\ufeff${t}`), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), opening.map((t) => `---\n${t}---\nbody`));
const anyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.boolean(), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }), fc.constant(undefined));

describe('the panel on any text', () => {
  test('finds the frontmatter block where the content model finds it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const block = frontmatterBlock(text);
        const first = markdown.parse(text).children[0];
        const node = first?.type === 'yaml' ? first : undefined;
        expect(Boolean(block), JSON.stringify(text)).toBe(Boolean(node));
        // The model's value leaves out the last line end; the panel keeps it with the block.
        if (block && node) expect(block.yaml.replace(/(\r\n|\r|\n)$/, ''), JSON.stringify(text)).toBe(node.value);
      }),
      runs(1500),
    );
  });

  test('never throws, and an edit changes the one field and nothing else, or is refused', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...PANEL_FIELDS), anyValue, (text, field, value) => {
        const read = readFrontmatter(text);
        const edit = setField(text, field, value);
        if (read.kind !== 'fields') expect(edit.ok).toBe(false);
        if (!edit.ok) return;
        const before = frontmatterBlock(text)!;
        const after = frontmatterBlock(edit.text)!;
        // Outside the block, not a byte moves.
        expect(edit.text.slice(0, after.start) + edit.text.slice(after.end)).toBe(text.slice(0, before.start) + text.slice(before.end));
        const data = (yaml: string) => (parseDocument(yaml, { logLevel: 'error' }).toJS() ?? {}) as Record<string, unknown>;
        const expected = { ...data(before.yaml), [field]: value };
        if (value === undefined) delete expected[field];
        expect(data(after.yaml)).toEqual(expected);
        const again = readFrontmatter(edit.text);
        expect(again.kind).toBe('fields');
      }),
      runs(3000),
    );
  });
});

describe('edits on well-formed stories, every way of writing them', () => {
  const quoted = (s: string, q: number) => (q === 0 ? s : q === 1 ? `"${s}"` : `'${s}'`);
  const story = fc.record({
    order: fc.shuffledSubarray(['title', 'dek', 'published', 'tags', 'draft', 'byline', 'x-unknown'], { minLength: 7, maxLength: 7 }),
    quotes: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 7, maxLength: 7 }),
    comments: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    eol: fc.constantFrom('\n', '\r\n'),
    flowTags: fc.boolean(),
  });
  const render = (s: { order: string[]; quotes: number[]; comments: boolean[]; eol: string; flowTags: boolean }) => {
    const line: Record<string, string> = {
      title: `title: ${quoted('A headline', s.quotes[0])}`,
      dek: `dek: ${quoted('A dek', s.quotes[1])}`,
      published: `published: ${quoted('2026-11-20T09:00:00-05:00', s.quotes[2])}`,
      tags: s.flowTags ? 'tags: [trade, masks]' : `tags:${s.eol}  - trade${s.eol}  - masks`,
      draft: 'draft: true',
      byline: `byline:${s.eol}- ${quoted('Ana', s.quotes[5])}`,
      'x-unknown': `x-unknown: {kept: as is}`,
    };
    return `---${s.eol}${s.order.map((k, i) => `${s.comments[i] ? `# about ${k}${s.eol}` : ''}${line[k]}`).join(s.eol)}${s.eol}---${s.eol}${s.eol}Body.${s.eol}`;
  };

  test('changing one field leaves every other line as it was, line ends included', () => {
    fc.assert(
      fc.property(story, fc.constantFrom('title', 'dek', 'published', 'draft'), fc.string({ maxLength: 30 }), (s, field, text) => {
        const before = render(s);
        const value = field === 'draft' ? false : field === 'published' ? '2026-07-01T09:00:00-04:00' : text;
        const edit = setField(before, field, value);
        expect(edit.ok).toBe(true);
        if (!edit.ok) return;
        const lines = (t: string) => t.split(s.eol).filter((l) => !l.startsWith(`${field}:`));
        expect(lines(edit.text)).toEqual(lines(before));
        expect(edit.text.split(s.eol).length).toBe(before.split(s.eol).length);
        if (s.eol === '\n') expect(edit.text).not.toContain('\r');
        const read = readFrontmatter(edit.text);
        expect(read.kind === 'fields' && read.fields[field].present && read.fields[field].value).toBe(value);
      }),
      runs(500),
    );
  });
});
