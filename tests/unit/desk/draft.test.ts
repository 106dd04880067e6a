import { describe, expect, test } from 'vitest';
import { draftKey, dropCopiesOf, dropDraft, keepDraft, readDraft, type DraftStorage } from '@/app/desk/(tools)/edit/draft';

/** A Web Storage stand-in; `full` makes it refuse writes as a browser over its quota does. */
function memory(full = false): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

/** Where tab "t1" keeps its copy of stories/a.mdx. */
const A1 = draftKey('stories/a.mdx', 't1');

const AT = '2026-12-03T23:58:00.000Z';

describe('the desk’s copy of unsaved text', () => {
  test('gives back exactly the text kept, line ends, no-break spaces, tabs, trailing spaces and astral characters included', () => {
    const storage = memory();
    const text = '---\r\ntitle: "« Non »"\r\n---\r\n\tLine\u00a0one   \r\n😷 \u202f\u2011\r\n';
    expect(keepDraft(storage, A1, { text, base: 'abc', at: AT })).toBe(true);
    expect(readDraft(storage, 'stories/a.mdx')).toEqual({ text, base: 'abc', at: AT, key: A1 });
    // Each file has its own copy, a file whose name begins with another's included.
    expect(readDraft(storage, 'stories/b.mdx')).toBeUndefined();
    expect(readDraft(storage, 'stories/a')).toBeUndefined();
    dropDraft(storage, A1);
    expect(readDraft(storage, 'stories/a.mdx')).toBeUndefined();
  });

  test('keeps the text of the version the copy was written over, byte for byte; an older desk’s copy has none', () => {
    const storage = memory();
    const baseText = '---\r\ntitle: "Before"\r\n---\r\nLine\u00a0one 😷\r\n';
    keepDraft(storage, A1, { text: `${baseText}typed`, base: 'abc', baseText, at: AT });
    expect(readDraft(storage, 'stories/a.mdx')).toEqual({ text: `${baseText}typed`, base: 'abc', baseText, at: AT, key: A1 });
    storage.setItem(A1, JSON.stringify({ text: 'typed', base: 'abc', at: AT }));
    expect(readDraft(storage, 'stories/a.mdx')).toEqual({ text: 'typed', base: 'abc', at: AT, key: A1 });
    // A baseText that is not text is not offered as one: the copy is, without it.
    storage.setItem(A1, JSON.stringify({ text: 'typed', base: 'abc', baseText: 42, at: AT }));
    expect(readDraft(storage, 'stories/a.mdx')).toEqual({ text: 'typed', base: 'abc', at: AT, key: A1 });
  });

  test('a kept value that is not a whole copy is not offered, and is left where it is', () => {
    const bad = ['', 'not json', '[]', 'null', '42', '{"text":"x","base":"b"}', '{"text":1,"base":"b","at":"2026-12-03T00:00:00Z"}', '{"text":"x","base":"b","at":"yesterday"}', '{"text":"x","base":null,"at":"2026-12-03T00:00:00Z"}'];
    for (const value of bad) {
      const storage = memory();
      storage.map.set(draftKey('stories/a.mdx'), value);
      expect(readDraft(storage, 'stories/a.mdx'), value).toBeUndefined();
      expect(storage.map.get(draftKey('stories/a.mdx'))).toBe(value);
    }
  });

  test('storage that is full, refused or missing never throws: keeping says false, reading finds nothing', () => {
    expect(keepDraft(memory(true), A1, { text: 'x', base: 'b', at: AT })).toBe(false);
    expect(keepDraft(undefined, A1, { text: 'x', base: 'b', at: AT })).toBe(false);
    const refusing: DraftStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      key: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readDraft(refusing, 'stories/a.mdx')).toBeUndefined();
    expect(keepDraft(refusing, A1, { text: 'x', base: 'b', at: AT })).toBe(false);
    expect(() => dropDraft(refusing, A1)).not.toThrow();
    expect(readDraft(undefined, 'stories/a.mdx')).toBeUndefined();
  });

  test('any text round-trips (seeded random strings of any UTF-16 code units)', () => {
    let seed = 19;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const storage = memory();
    for (let i = 0; i < 300; i++) {
      const text = String.fromCharCode(...Array.from({ length: next() % 200 }, () => next() % 0x10000));
      keepDraft(storage, A1, { text, base: 'b', at: AT });
      expect(readDraft(storage, 'stories/a.mdx')?.text).toBe(text);
    }
  });

  test('each tab keeps its own copy of a file; the newest is offered, an older desk’s copy (the path alone) among them', () => {
    const storage = memory();
    const legacy = draftKey('stories/a.mdx');
    storage.map.set(legacy, JSON.stringify({ text: 'oldest', base: 'b0', at: '2026-12-01T10:00:00.000Z' }));
    keepDraft(storage, A1, { text: 'first tab', base: 'b1', at: '2026-12-03T10:00:00.000Z' });
    keepDraft(storage, draftKey('stories/a.mdx', 't2'), { text: 'second tab', base: 'b2', at: '2026-12-03T09:00:00.000Z' });
    keepDraft(storage, draftKey('stories/b.mdx', 't3'), { text: 'another file', base: 'b3', at: '2026-12-04T00:00:00.000Z' });
    expect(readDraft(storage, 'stories/a.mdx')).toEqual({ text: 'first tab', base: 'b1', at: '2026-12-03T10:00:00.000Z', key: A1 });
    // One tab's copy gone, the other tabs' stay: the next newest is offered.
    dropDraft(storage, A1);
    expect(readDraft(storage, 'stories/a.mdx')?.text).toBe('second tab');
    dropDraft(storage, draftKey('stories/a.mdx', 't2'));
    expect(readDraft(storage, 'stories/a.mdx')).toEqual({ text: 'oldest', base: 'b0', at: '2026-12-01T10:00:00.000Z', key: legacy });
    // A broken value beside a whole one: the whole one is offered.
    storage.map.set(draftKey('stories/a.mdx', 't4'), '{"text":');
    expect(readDraft(storage, 'stories/a.mdx')?.key).toBe(legacy);
  });

  test('copies that hold the file’s own text are removed, whichever tab kept them; copies of other text, and of other files, stay', () => {
    const storage = memory();
    const file = 'title: "As saved"\n';
    storage.map.set(draftKey('stories/a.mdx'), JSON.stringify({ text: file, base: 'b0', at: AT }));
    keepDraft(storage, A1, { text: file, base: 'b1', at: AT });
    keepDraft(storage, draftKey('stories/a.mdx', 't2'), { text: 'unsaved work', base: 'b2', at: '2026-12-01T00:00:00.000Z' });
    keepDraft(storage, draftKey('stories/ab.mdx', 't3'), { text: file, base: 'b3', at: AT });
    storage.map.set(draftKey('stories/a.mdx', 't4'), 'not a copy');
    dropCopiesOf(storage, 'stories/a.mdx', file);
    expect([...storage.map.keys()].sort()).toEqual([draftKey('stories/a.mdx', 't2'), draftKey('stories/a.mdx', 't4'), draftKey('stories/ab.mdx', 't3')].sort());
    expect(readDraft(storage, 'stories/a.mdx')?.text).toBe('unsaved work');
    expect(() => dropCopiesOf(undefined, 'stories/a.mdx', file)).not.toThrow();
  });
});
