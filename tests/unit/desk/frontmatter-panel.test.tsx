import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { Frontmatter } from '@/app/desk/(tools)/edit/Frontmatter';

/** The note under the panel's Updated field, as the editor reads it (the markup's text, tags taken out). */
const updatedNote = (frontmatter: string) => updatedMarkup(frontmatter)?.replace(/<[^>]+>/g, '');
/** The same note's markup. */
function updatedMarkup(frontmatter: string) {
  const html = renderToStaticMarkup(<Frontmatter text={`---\ntitle: T\npublished: 2026-11-16T09:00:00-05:00\n${frontmatter}---\nBody.\n`} timeZone="America/Toronto" french={false} onEdit={() => {}} />);
  return /<p id="fm-updated-note"[^>]*>(.*?)<\/p>/.exec(html)?.[1];
}

describe('the frontmatter panel’s Updated field', () => {
  test('empty, it says the day the newest correction shows as Updated on the story page', () => {
    expect(updatedNote('corrections:\n  - date: 2026-11-21\n    text: A\n  - date: 2026-11-22\n    text: B\n')).toBe('Not set. Readers will see Updated Nov. 22, 2026, the date of the newest correction.');
    // 01:30 UTC on Nov. 23 is still Nov. 22 in the newsroom's zone.
    expect(updatedNote('corrections:\n  - date: 2026-11-23T01:30:00Z\n    text: A\n')).toBe('Not set. Readers will see Updated Nov. 22, 2026, the date of the newest correction.');
    expect(updatedNote('')).toBe('Not set. Adding a correction marks the story as updated.');
    // The story page shows no Updated date for a correction of the day it was published (published: Nov. 16, 9 a.m.).
    expect(updatedNote('corrections:\n  - date: 2026-11-16\n    text: A\n')).toBe('Not set. The newest correction is dated the day of publication, so the page shows no Updated date.');
    expect(updatedNote('corrections:\n  - date: 2026-11-17T04:30:00Z\n    text: A\n')).toBe('Not set. The newest correction is dated the day of publication, so the page shows no Updated date.');
    expect(updatedNote('corrections:\n  - date: 2026-11-17T05:30:00Z\n    text: A\n')).toBe('Not set. Readers will see Updated Nov. 17, 2026, the date of the newest correction.');
  });

  test('set, it says the day in words and how the value is written', () => {
    // The date box shows the browser's own order (11/12/2026 in English): the words settle which day.
    expect(updatedNote('updated: 2026-11-24T10:00:00-05:00\ncorrections:\n  - date: 2026-11-22\n    text: B\n')).toBe('Nov. 24, 2026, 10 a.m. ET, written as 2026-11-24T10:00:00-05:00.');
    expect(updatedNote('updated: 2026-12-11T15:30:00Z\ncorrections:\n  - date: 2026-11-22\n    text: B\n')).toBe('Dec. 11, 2026, 10:30 a.m. ET, written as 2026-12-11T15:30:00Z, shown here in Eastern Time.');
  });

  test('a value it cannot show is not called what it is not: Problems gives the reason', () => {
    // Well formed, with its offset, but no such day: the check says "February 2026 has 28 days".
    const note = updatedNote('updated: 2026-02-30T09:00:00-05:00\n');
    expect(note).toBe('The text holds &quot;2026-02-30T09:00:00-05:00&quot;, which is not a date and time the desk can show (Problems says why); choose a date and a time to replace it.');
  });

  test('the value as written is never broken at one of its hyphens', () => {
    expect(updatedMarkup('updated: 2026-11-24T10:00:00-05:00\n')).toContain('<span class="whitespace-nowrap">2026-11-24T10:00:00-05:00</span>');
  });
});

describe('the frontmatter panel’s spelling', () => {
  /** Each field's box as the browser gets it: its lang and spellcheck attributes. */
  function boxes(french: boolean) {
    const text = `---\ntitle: "Le titre"\ndek: "Le chapeau"\nbyline:\n  - Une Autrice\npublished: 2026-11-16T09:00:00-05:00\ntags:\n  - commerce\ntranslationOf: the-slug\n---\nCorps.\n`;
    const html = renderToStaticMarkup(<Frontmatter text={text} timeZone="America/Toronto" french={french} onEdit={() => {}} />);
    const attributes = (id: string) => {
      const tag = new RegExp(`<(?:input|textarea)[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
      return `${/\blang="([^"]*)"/.exec(tag)?.[1] ?? 'no lang'} ${/\bspellcheck="([^"]*)"/i.exec(tag)?.[1] ?? 'no spellcheck'}`;
    };
    return Object.fromEntries(['fm-title', 'fm-dek', 'fm-byline', 'fm-tags', 'fm-translationOf'].map((id) => [id, attributes(id)]));
  }

  test('is checked in the story’s language in the headline, dek and byline, and not in tags or a slug', () => {
    expect(boxes(true)).toEqual({ 'fm-title': 'fr true', 'fm-dek': 'fr true', 'fm-byline': 'fr true', 'fm-tags': 'no lang false', 'fm-translationOf': 'no lang false' });
    expect(boxes(false)).toEqual({ 'fm-title': 'en true', 'fm-dek': 'en true', 'fm-byline': 'en true', 'fm-tags': 'no lang false', 'fm-translationOf': 'no lang false' });
  });
});
