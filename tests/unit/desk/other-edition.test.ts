import { describe, expect, test } from 'vitest';
import { checkText } from '@/app/desk/_server/check';
import { otherEdition } from '@/app/desk/_server/other-edition';
import { readContent } from '@/lib/content/disk';

/** The link a story's editor shows to its other edition, for the story's text as typed; on the fixture site (CONTENT_DIR). */
const linkFor = (rel: string, text?: string) => {
  const { model, input } = checkText(rel, text ?? readContent().input.files.find((f) => f.path === rel)!.text);
  return otherEdition(rel, model, input);
};

describe('the link from a story’s editor to its other edition', () => {
  test('an English story links to its French edition, by its title; the French one back to its original', () => {
    expect(linkFor('stories/widgets-by-the-numbers.mdx')).toEqual({
      label: 'French edition',
      text: 'Les gadgets en chiffres\u00a0: ce que montrent les données de référence, et ce qu’elles taisent',
      href: '/desk/edit/?file=stories/fr/les-gadgets-en-chiffres.mdx',
    });
    expect(linkFor('stories/fr/les-gadgets-en-chiffres.mdx')).toEqual({
      label: 'English original',
      text: 'Widgets by the numbers: what the fixture figures do and don’t show',
      href: '/desk/edit/?file=stories/widgets-by-the-numbers.mdx',
    });
  });

  test('an English story without a French edition offers Translate, once it compiles; a data file has no link', () => {
    expect(linkFor('stories/an-untranslated-note.mdx')).toEqual({ label: 'No French edition yet', text: 'Translate', href: '/desk/new/translation/an-untranslated-note/' });
    expect(linkFor('stories/an-untranslated-note.mdx', '---\ntitle: [broken\n---\n')).toBeUndefined();
    expect(linkFor('data/widget-orders.json')).toBeUndefined();
  });

  test('a French story whose translationOf names no English file has no link', () => {
    const text = readContent().input.files.find((f) => f.path === 'stories/fr/les-gadgets-en-chiffres.mdx')!.text.replace('translationOf: widgets-by-the-numbers', 'translationOf: no-such-story');
    expect(linkFor('stories/fr/les-gadgets-en-chiffres.mdx', text)).toBeUndefined();
  });
});
