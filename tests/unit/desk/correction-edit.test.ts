import fc from 'fast-check';
import { expect, test } from 'vitest';
import { addCorrection, todayIn } from '@/app/desk/(tools)/edit/correction-edit';

/** "Add a correction": a new dated item at the end of corrections, its TK selected; texts written by hand. */

const TOP = '---\ntitle: "Masks"\npublished: 2026-11-20T09:00:00-05:00\n';
const BODY = '---\n\nThe text.\n';
const STUB = '    text: "TK: what the earlier version said, and what is right"\n';

function added(text: string) {
  const result = addCorrection(text, '2026-12-05');
  if (!result.ok) throw new Error(result.reason);
  return { text: result.text, selected: result.text.slice(result.from, result.to) };
}

test('an empty list, written [], becomes a list of one', () => {
  const { text, selected } = added(`${TOP}corrections: [] # none yet\ntags:\n  - canada\n${BODY}`);
  expect(text).toBe(`${TOP}corrections: # none yet\n  - date: 2026-12-05\n${STUB}tags:\n  - canada\n${BODY}`);
  expect(selected).toBe('TK: what the earlier version said, and what is right');
});

test('a story without the field gets it as the last line of its frontmatter', () => {
  expect(added(`${TOP}${BODY}`).text).toBe(`${TOP}corrections:\n  - date: 2026-12-05\n${STUB}${BODY}`);
});

test('a list of corrections gets one more at its end, at its indent; every other byte stays', () => {
  const one = `corrections:\n    - date: 2026-11-22 # first\n      text: "An earlier version said Tuesday."\ntags: [canada]\n`;
  const { text, selected } = added(`${TOP}${one}${BODY}`);
  expect(text).toBe(`${TOP}corrections:\n    - date: 2026-11-22 # first\n      text: "An earlier version said Tuesday."\n    - date: 2026-12-05\n      text: "TK: what the earlier version said, and what is right"\ntags: [canada]\n${BODY}`);
  expect(selected).toBe('TK: what the earlier version said, and what is right');
});

test('a file with CRLF line ends keeps them', () => {
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  expect(added(crlf(`${TOP}corrections: []\n${BODY}`)).text).toBe(crlf(`${TOP}corrections:\n  - date: 2026-12-05\n${STUB}${BODY}`));
});

test('what the desk cannot add to safely is refused, with a reason, and nothing is written', () => {
  for (const text of [`${TOP}corrections: [{ date: 2026-11-22, text: "Said Tuesday." }]\n${BODY}`, `${TOP}corrections: not a list\n${BODY}`, 'No frontmatter.\n', `${TOP}title: twice\n${BODY}`]) {
    const result = addCorrection(text, '2026-12-05');
    expect(result.ok, text).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/correction|frontmatter/);
  }
});

test('any text: a correction added, its TK selected, or a reason; never an exception', () => {
  const piece = fc.constantFrom('---', 'corrections:', 'corrections: []', '  - date: 2026-01-01', '    text: x', '  - x', '- y', 'corrections: [a]', '  text: z', '# c', '\t', '', '{', '*a', '&a b', 'corrections: |', 'title: "t');
  const ending = fc.constantFrom('\n', '\r\n', '\r');
  const text = fc.array(fc.tuple(piece, ending), { maxLength: 10 }).map((lines) => `---\n${lines.map(([l, e]) => l + e).join('')}---\nbody`);
  fc.assert(
    fc.property(fc.oneof(text, fc.string({ maxLength: 60 })), (source) => {
      const result = addCorrection(source, '2026-12-05');
      if (result.ok) expect(result.text.slice(result.from, result.to)).toBe('TK: what the earlier version said, and what is right');
      else expect(result.reason.length).toBeGreaterThan(0);
    }),
    { seed: 20261205, numRuns: 400 },
  );
});

test('in a French story the TK asks in French; the date is the newsroom\u2019s day, not the server\u2019s', () => {
  const result = addCorrection(`${TOP}${BODY}`, '2026-12-05', 'fr');
  expect(result.ok && result.text.slice(result.from, result.to)).toBe('TK : ce que disait la version précédente et ce qui est exact');
  // 03:00 UTC on 5 December is still 4 December in Toronto.
  expect([todayIn('America/Toronto', new Date('2026-12-05T03:00:00Z')), todayIn('UTC', new Date('2026-12-05T03:00:00Z'))]).toEqual(['2026-12-04', '2026-12-05']);
});
