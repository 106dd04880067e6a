import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { deskHome } from '@/app/desk/_server/home';
import { translationSource } from '@/lib/content/new-translation';

/** The desk's home, on a copy of the fixture site (CONTENT_DIR) with a translation just started. */
const before = process.env.CONTENT_DIR;
afterEach(() => {
  process.env.CONTENT_DIR = before;
});

describe('the desk’s list of stories', () => {
  test('names a translation whose title is still TK by the story it translates; a written title as it is', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-home-'));
    fs.cpSync('tests/fixtures/site', root, { recursive: true });
    const english = fs.readFileSync(`${root}/stories/an-untranslated-note.mdx`, 'utf8');
    fs.writeFileSync(`${root}/stories/fr/une-note.mdx`, translationSource(english, 'an-untranslated-note', '2026-11-29T17:00:00-05:00'));
    process.env.CONTENT_DIR = root;
    const rows = deskHome().stories;
    const englishTitle = rows.find((r) => r.path === 'stories/an-untranslated-note.mdx')!.title;
    expect(englishTitle).not.toMatch(/TK/);
    expect(rows.find((r) => r.path === 'stories/fr/une-note.mdx')).toMatchObject({ lang: 'fr', title: `French edition of “${englishTitle}” (title to write)`, states: ['draft', 'has warnings'] });
    expect(rows.find((r) => r.path === 'stories/fr/les-gadgets-en-chiffres.mdx')!.title).toMatch(/^Les gadgets en chiffres/);
  });
});
