import { parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readFrontmatter, setField, type Edit } from '@/app/desk/(tools)/edit/frontmatter-edit';

/**
 * The frontmatter panel writes a story's YAML in place: each test states the exact text expected
 * after an edit, typed out here, so a change that touches one byte more than the field fails.
 */
const STORY = `---
# The headline is checked against the style guide.
title: Masks at the border   # keep under 70 characters
dek: 'What the company said, and when'
byline:
  - Ana Reporter   # staff
  - Ben Editor
published: 2026-11-20T09:00:00-05:00
tags: [trade, masks]
draft: true
x-desk-note: an unknown field the schema would refuse, kept as it is
sources:
  - name: "Report A"
    date: 2020-04-03
---

The body, with a rule below.

---

## A section
`;

const ok = (edit: Edit) => {
  if (!edit.ok) throw new Error(`expected an edit, got: ${edit.reason}`);
  return edit.text;
};

describe('reading the fields the panel shows', () => {
  test('a story’s fields, with how each was written', () => {
    const read = readFrontmatter(STORY);
    expect(read.kind).toBe('fields');
    if (read.kind !== 'fields') return;
    expect(read.fields.title).toEqual({ present: true, value: 'Masks at the border', style: 'PLAIN', editable: true });
    expect(read.fields.dek).toEqual({ present: true, value: 'What the company said, and when', style: 'QUOTE_SINGLE', editable: true });
    expect(read.fields.byline).toEqual({ present: true, value: ['Ana Reporter', 'Ben Editor'], editable: true });
    expect(read.fields.published).toMatchObject({ value: '2026-11-20T09:00:00-05:00' });
    expect(read.fields.tags).toMatchObject({ value: ['trade', 'masks'] });
    expect(read.fields.draft).toMatchObject({ value: true });
    expect(read.fields.updated).toEqual({ present: false });
    expect(read.fields.translationOf).toEqual({ present: false });
  });

  test('the newest correction’s time, which readers see as the story’s Updated time; none without a dated correction', () => {
    const corrected = (corrections: string) => {
      const read = readFrontmatter(`---\ntitle: T\ncorrections:${corrections}\n---\nBody.\n`);
      return read.kind === 'fields' ? read.corrected : 'not read';
    };
    // A day alone counts from midday UTC, as on the story page; a time is kept as written.
    expect(corrected('\n  - date: 2026-11-21\n    text: A\n  - date: 2026-11-22\n    text: B')).toBe('2026-11-22T12:00:00Z');
    expect(corrected('\n  - date: 2026-11-22T20:30:00-05:00\n    text: A\n  - date: 2026-11-22\n    text: B')).toBe('2026-11-22T20:30:00-05:00');
    expect(corrected('\n  - {date: "2026-11-23", text: A}\n  - date: not a date\n    text: B')).toBe('2026-11-23T12:00:00Z');
    for (const none of [' []', '', ' none', '\n  - text: A', '\n  - date: 2026-13-45\n    text: A', '\n  - [2026-11-22]', '\n  - date: 20261122']) expect(corrected(none), none).toBeUndefined();
    expect(readFrontmatter(STORY)).toMatchObject({ corrected: undefined });
  });

  test('a value the panel cannot show is marked for the text editor', () => {
    const read = readFrontmatter('---\ntitle: [a, b]\ntags:\n  - {x: 1}\ndraft: "yes"\nbyline: Ana\n---\n');
    for (const field of ['title', 'tags', 'draft', 'byline'] as const) {
      expect(read.kind === 'fields' && read.fields[field], field).toEqual({ present: true, value: undefined, editable: false });
    }
    // An empty value is a field to fill in.
    expect(readFrontmatter('---\ntitle:\n---\n')).toMatchObject({ fields: { title: { present: true, value: undefined, editable: true } } });
  });

  test('no frontmatter, or one that does not parse, leaves the panel with nothing to edit and a reason', () => {
    expect(readFrontmatter('Just a body.\n')).toEqual({ kind: 'none' });
    expect(readFrontmatter('---\ntitle: never closed\n')).toEqual({ kind: 'none' });
    expect(readFrontmatter('')).toEqual({ kind: 'none' });
    const broken = readFrontmatter('---\ntitle: "unclosed\ndek: x\n---\nbody\n');
    expect(broken.kind).toBe('unreadable');
    expect(readFrontmatter('---\ntitle: a\ntitle: b\n---\n')).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('error') });
    expect(readFrontmatter('---\n- a list\n---\n')).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('not a list of fields') });
    expect(readFrontmatter('---\n{title: x}\n---\n')).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('{ … }') });
    expect(readFrontmatter('---\na: &x hi\ntitle: *x\n---\n')).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('aliases') });
    expect(setField('---\ntitle: "unclosed\n---\n', 'title', 'x')).toMatchObject({ ok: false, reason: expect.stringContaining('cannot be edited here') });
    expect(setField('No frontmatter.\n', 'title', 'x')).toEqual({ ok: false, reason: 'the story has no frontmatter block' });
  });
});

describe('setting a field changes only its value', () => {
  test('the headline: its comment, every other line and the body stay byte for byte', () => {
    expect(ok(setField(STORY, 'title', 'Masks held at the border'))).toBe(STORY.replace('title: Masks at the border   #', 'title: Masks held at the border   #'));
  });

  test('a quoted value keeps its quotes; a plain one is quoted only when it must be', () => {
    expect(ok(setField(STORY, 'dek', "It's what they said"))).toBe(STORY.replace("dek: 'What the company said, and when'", "dek: 'It''s what they said'"));
    expect(ok(setField(STORY, 'title', 'Masks: the border'))).toBe(STORY.replace('title: Masks at the border', 'title: "Masks: the border"'));
    expect(ok(setField(STORY, 'title', 'true'))).toBe(STORY.replace('title: Masks at the border', 'title: "true"'));
    expect(ok(setField(STORY, 'title', '# not a comment'))).toBe(STORY.replace('title: Masks at the border', 'title: "# not a comment"'));
    // The style the panel asks for: the field stays plain after a keystroke that needed quotes.
    expect(ok(setField(STORY.replace('title: Masks at the border', 'title: "Masks "'), 'title', 'Masks a', 'PLAIN'))).toBe(STORY.replace('title: Masks at the border', 'title: Masks a'));
  });

  test('published: the new date-time is written as given, plain; another field’s change leaves it byte for byte', () => {
    expect(ok(setField(STORY, 'published', '2026-07-01T09:00:00-04:00'))).toBe(STORY.replace('2026-11-20T09:00:00-05:00', '2026-07-01T09:00:00-04:00'));
    const after = ok(setField(STORY, 'draft', false));
    expect(after).toContain('\npublished: 2026-11-20T09:00:00-05:00\n');
    expect(after).toBe(STORY.replace('draft: true', 'draft: false'));
  });

  test('yaml’s own String(doc) would change other bytes, which is why the panel does not use it', () => {
    const doc = parseDocument(STORY.split('---\n')[1]);
    doc.set('draft', false);
    const reserialised = String(doc);
    expect(reserialised).not.toContain('title: Masks at the border   #');
    expect(reserialised).not.toContain('tags: [trade, masks]');
  });

  test('a missing field is added as the block’s last line; removing one takes its line and nothing else', () => {
    expect(ok(setField(STORY, 'updated', '2026-11-21T10:00:00-05:00'))).toBe(STORY.replace('    date: 2020-04-03\n---', '    date: 2020-04-03\nupdated: 2026-11-21T10:00:00-05:00\n---'));
    const withUpdated = STORY.replace('draft: true\n', 'draft: true\nupdated: 2026-11-21T10:00:00-05:00 # fixed a name\n');
    expect(ok(setField(withUpdated, 'updated', undefined))).toBe(STORY);
    expect(ok(setField(STORY, 'updated', undefined))).toBe(STORY);
    expect(ok(setField('---\n---\nbody\n', 'title', 'New'))).toBe('---\ntitle: New\n---\nbody\n');
    expect(ok(setField('---\n# only a comment\n---\n', 'tags', ['a', 'b']))).toBe('---\n# only a comment\ntags:\n  - a\n  - b\n---\n');
    expect(ok(setField('---\ntitle:\n---\n', 'title', 'Filled'))).toBe('---\ntitle: Filled\n---\n');
  });

  test('a block list changes item by item: comments on the items kept stay', () => {
    expect(ok(setField(STORY, 'byline', ['Ana Reporter', 'Cy Writer']))).toBe(STORY.replace('  - Ben Editor', '  - Cy Writer'));
    expect(ok(setField(STORY, 'byline', ['Ana Reporter', 'Ben Editor', 'Dee: Guest']))).toBe(STORY.replace('  - Ben Editor\n', '  - Ben Editor\n  - "Dee: Guest"\n'));
    expect(ok(setField(STORY, 'byline', ['Ana Reporter']))).toBe(STORY.replace('  - Ben Editor\n', ''));
    expect(ok(setField(STORY, 'byline', []))).toBe(STORY.replace('byline:\n  - Ana Reporter   # staff\n  - Ben Editor\n', 'byline: []\n'));
    expect(ok(setField('---\nbyline:\n- A\n---\n', 'byline', ['A', 'B']))).toBe('---\nbyline:\n- A\n- B\n---\n');
  });

  test('a flow list stays a flow list; an empty one becomes a block list', () => {
    expect(ok(setField(STORY, 'tags', ['trade', 'masks', 'canada']))).toBe(STORY.replace('tags: [trade, masks]', 'tags: [trade, masks, canada]'));
    expect(ok(setField(STORY, 'tags', []))).toBe(STORY.replace('tags: [trade, masks]', 'tags: []'));
    expect(ok(setField('---\ntags: []\n---\n', 'tags', ['a']))).toBe('---\ntags: [a]\n---\n');
    expect(ok(setField('---\ntags:\ndraft: true\n---\n', 'tags', ['a']))).toBe('---\ntags:\n  - a\ndraft: true\n---\n');
  });

  test('a folded or literal block scalar is replaced by one line, and the next field stays on its own line', () => {
    const folded = '---\ndek: >-\n  A long dek\n  on two lines\ntitle: T\n---\n';
    expect(ok(setField(folded, 'dek', 'Short'))).toBe('---\ndek: Short\ntitle: T\n---\n');
  });

  test('CRLF files keep CRLF, in changed, added and removed lines alike', () => {
    const crlf = STORY.replace(/\n/g, '\r\n');
    expect(ok(setField(crlf, 'title', 'New headline'))).toBe(crlf.replace('title: Masks at the border', 'title: New headline'));
    expect(ok(setField(crlf, 'updated', '2026-11-21T10:00:00-05:00'))).toBe(crlf.replace('2020-04-03\r\n---', '2020-04-03\r\nupdated: 2026-11-21T10:00:00-05:00\r\n---'));
    expect(ok(setField(crlf, 'byline', ['Ana Reporter', 'Ben Editor', 'Cy']))).toBe(crlf.replace('  - Ben Editor\r\n', '  - Ben Editor\r\n  - Cy\r\n'));
    expect(ok(setField(crlf, 'byline', ['Ana Reporter']))).toBe(crlf.replace('  - Ben Editor\r\n', ''));
    const updated = crlf.replace('draft: true\r\n', 'draft: true\r\nupdated: 2026-11-21T10:00:00-05:00\r\n');
    expect(ok(setField(updated, 'updated', undefined))).toBe(crlf);
  });

  test('only the frontmatter changes: a body that repeats the field is untouched', () => {
    const text = '---\ntitle: Old\n---\n\ntitle: Old\n';
    expect(ok(setField(text, 'title', 'New'))).toBe('---\ntitle: New\n---\n\ntitle: Old\n');
  });

  test('values needing escapes are written so that they read back exactly', () => {
    for (const value of ['a "quoted" word', 'back\\slash', 'tab\there', 'line\nbreak', ' leading space', 'null', '123', '', '\u2028', 'é – “curly”', '@at', '- dash', '[x]', 'a, b']) {
      const text = ok(setField(STORY, 'title', value));
      const read = readFrontmatter(text);
      expect(read.kind === 'fields' && read.fields.title.present && read.fields.title.value, JSON.stringify(value)).toBe(value);
      expect(text.replace(/^title: .*$/m, ''), JSON.stringify(value)).toBe(STORY.replace(/^title: .*$/m, ''));
    }
    for (const tag of ['a, b', '[x]', 'true', '']) {
      const text = ok(setField(STORY, 'tags', ['trade', tag]));
      const read = readFrontmatter(text);
      expect(read.kind === 'fields' && read.fields.tags.present && read.fields.tags.value).toEqual(['trade', tag]);
    }
  });

  test('an edit that would change any other data is refused, not written', () => {
    // The tag would make `false` the string "false": the re-read sees it and nothing is written.
    const tagged = '---\ndraft: !!str yes\n---\n';
    expect(setField(tagged, 'draft', false)).toMatchObject({ ok: false, reason: expect.stringContaining('could not write draft') });
  });
});
