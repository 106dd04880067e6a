import { describe, expect, test } from 'vitest';
import { unannouncedChange } from '@/app/desk/api/publish/live-change';

/**
 * A Publish that changes what readers of a live story see is held unless it is announced: the
 * newsroom's corrections rule, as the desk applies it. Versions written here by hand.
 */

const NOW = Date.parse('2026-12-01T12:00:00-05:00');
const PUBLISHED = '2026-11-20T09:00:00-05:00';
const story = { title: 'The widget standoff', dek: 'A dek.', byline: ['Fixture Desk'], draft: false, published: PUBLISHED, updated: undefined as string | undefined, corrections: [] as { date: string; text: string }[] };
const text = (body: string, head = 'title: "The widget standoff"') => `---\n${head}\n---\n\n${body}\n`;
const live = { story, text: text('The ministry ordered 10 widgets.') };
const edited = (change: Partial<typeof story> = {}, body = 'The ministry ordered 12 widgets.') => ({ story: { ...story, ...change }, text: text(body) });

describe('a change to a story readers have seen', () => {
  test('is held when it changes the body, the headline, the dek or the byline with nothing announced', () => {
    expect(unannouncedChange(live, edited(), NOW)).toBe(PUBLISHED);
    expect(unannouncedChange(live, edited({ title: 'The widget stand-off' }, 'The ministry ordered 10 widgets.'), NOW)).toBe(PUBLISHED);
    expect(unannouncedChange(live, edited({ dek: 'Another dek.' }, 'The ministry ordered 10 widgets.'), NOW)).toBe(PUBLISHED);
    expect(unannouncedChange(live, edited({ byline: ['Someone Else'] }, 'The ministry ordered 10 widgets.'), NOW)).toBe(PUBLISHED);
  });

  test('goes through with a new correction, or a new Updated time', () => {
    expect(unannouncedChange(live, edited({ corrections: [{ date: '2026-12-01', text: 'An earlier version said 10.' }] }), NOW)).toBeUndefined();
    expect(unannouncedChange(live, edited({ updated: '2026-12-01T11:00:00-05:00' }), NOW)).toBeUndefined();
    // An Updated time already there before is no announcement of this change.
    const dated = { story: { ...story, updated: '2026-11-21T10:00:00-05:00' }, text: live.text };
    expect(unannouncedChange(dated, edited({ updated: '2026-11-21T10:00:00-05:00' }), NOW)).toBe(PUBLISHED);
  });

  test('is not held when readers see nothing new: the frontmatter around it, or the same body with other line ends or trailing space', () => {
    expect(unannouncedChange(live, { story: { ...story }, text: `---\ntitle: "The widget standoff"\ntags: [trade]\n---\n\nThe ministry ordered 10 widgets.\n` }, NOW)).toBeUndefined();
    expect(unannouncedChange(live, { story, text: live.text.replace(/\n/g, '\r\n') + '\r\n' }, NOW)).toBeUndefined();
  });
});

describe('a story readers have not seen', () => {
  test('never committed, a draft at its last commit, or scheduled for later: changed freely', () => {
    expect(unannouncedChange(undefined, edited(), NOW)).toBeUndefined();
    expect(unannouncedChange({ story: { ...story, draft: true }, text: live.text }, edited(), NOW)).toBeUndefined();
    expect(unannouncedChange({ story: { ...story, published: '2026-12-24T09:00:00-05:00' }, text: live.text }, edited({ published: '2026-12-24T09:00:00-05:00' }), NOW)).toBeUndefined();
  });

  test('a live story taken back as a draft is not held: readers will not see the change', () => {
    expect(unannouncedChange(live, edited({ draft: true }), NOW)).toBeUndefined();
  });
});
