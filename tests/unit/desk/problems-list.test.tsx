import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import type { DeskProblem } from '@/app/desk/_server/check';
import { countOf, Problems } from '@/app/desk/(tools)/edit/Problems';

const problem = (p: Partial<DeskProblem>): DeskProblem => ({ file: 'content/stories/x.mdx', severity: 'error', field: 'title', message: 'expected a string, found nothing', here: true, ...p });
/** Each entry's words as a reader (or a screen reader) gets them, tags taken out. */
const entries = (problems: DeskProblem[]) =>
  [...renderToStaticMarkup(<Problems problems={problems} state="s" what="story" onGoTo={() => {}} />).matchAll(/<li[^>]*>(.*?)<\/li>/g)].map(([, li]) => li.replace(/<[^>]+>/g, ''));

describe('the desk’s list of problems', () => {
  test('each led by its kind and line, in words; another file’s by the name an editor knows it by', () => {
    expect(
      entries([
        problem({ line: 12, column: 4, field: 'link #x', message: 'expected one of #a, found no heading' }),
        problem({ line: 13, field: undefined, message: 'expected plain text, found {1}' }),
        problem({ severity: 'warning', field: 'translation', message: 'expected a French edition' }),
        problem({ file: 'content/stories/fr/le-bras-de-fer.mdx', line: 3, here: false, field: 'the quotation “x”', message: 'expected <Quote>' }),
        problem({ file: 'content/data/n95-output.json', line: 7, here: false, severity: 'warning', field: 'values[0].note', message: 'expected a note' }),
        problem({ file: 'content/data/fr/n95-output.json', here: false }),
        problem({ file: 'elsewhere/notes.txt', here: false }),
      ]),
    ).toEqual([
      'Error, Line 12 · link #x: expected one of #a, found no heading',
      'Error, Line 13: expected plain text, found {1}',
      'Warning, The file · translation: expected a French edition',
      // Other files': their errors first (Publish's note sends the editor here for one), then their warnings.
      'Error, French story le-bras-de-fer, line 3 · the quotation “x”: expected &lt;Quote&gt;',
      'Error, French chart n95-output · title: expected a string, found nothing',
      'Error, elsewhere/notes.txt · title: expected a string, found nothing',
      'Warning, Chart n95-output, line 7 · values[0].note: expected a note',
    ]);
  });

  test('errors in other files are said not to hold Publish back, but to hold back the site’s build; warnings alone say nothing', () => {
    const said = (problems: DeskProblem[]) => renderToStaticMarkup(<Problems problems={problems} state="s" what="story" onGoTo={() => {}} />).includes('Publish does not wait for these, but the site is not rebuilt until their errors are fixed.');
    expect(said([problem({ here: false, file: 'content/stories/fr/x.mdx' })])).toBe(true);
    expect(said([problem({ here: false, severity: 'warning' }), problem({})])).toBe(false);
  });

  test('counts say how many of each kind, leaving out a kind with none', () => {
    expect(countOf([problem({})])).toBe('1 error');
    expect(countOf([problem({}), problem({}), problem({ severity: 'warning' })])).toBe('2 errors, 1 warning');
    expect(countOf([problem({ severity: 'warning' }), problem({ severity: 'warning' })])).toBe('2 warnings');
  });
});
