import { expect, test } from 'vitest';
import { publishedSentence, when, zoneLabel } from '@/app/desk/(tools)/edit/said';

/** "Published" is said only of what readers will get: a draft is committed, a scheduled story waits. */

const answer = { commit: '0123456789abcdef', branch: 'main', pushed: 'origin' };

test('a story on the site now is published', () => {
  expect(publishedSentence({ ...answer, draft: false, scheduled: null }, 'America/Toronto')).toBe('Published: commit 0123456 on main, pushed to origin.');
});

test('a story published while another file has an error is said to wait for it: the build checks every file', () => {
  const fr = 'content/stories/fr/un-article.mdx';
  expect(publishedSentence({ ...answer, draft: false, scheduled: null, elsewhere: [fr] }, 'America/Toronto')).toBe(
    `Published: commit 0123456 on main, pushed to origin. It is not on the site yet: the site is rebuilt only when every file passes the check, and ${fr} has an error. See “In other files” under Problems.`,
  );
  expect(publishedSentence({ ...answer, draft: false, scheduled: null, elsewhere: [fr, 'content/data/x.json'] }, 'America/Toronto')).toMatch(/, and 2 other files have errors \(content\/stories\/fr\/un-article\.mdx, content\/data\/x\.json\)\. See/);
});

test('a draft is committed, not published, and the editor is told how it reaches the site', () => {
  expect(publishedSentence({ ...answer, pushed: null, draft: true, scheduled: null }, 'America/Toronto')).toBe(
    'Committed as a draft: commit 0123456 on main, not pushed (no remote is set up). It stays off the site until you untick Draft, save and publish again.',
  );
});

test('a story for later is published for its time, in the desk’s zone', () => {
  expect(publishedSentence({ ...answer, draft: false, scheduled: '2027-01-15T17:30:00-05:00' }, 'America/Toronto')).toBe(
    'Published for Jan. 15, 2027, 5:30 p.m. ET: commit 0123456 on main, pushed to origin. It appears on the site with the first build after that time.',
  );
});

test('times read as the site writes dates, with a Canadian newsroom\u2019s clock, in the desk\u2019s zone, named', () => {
  const toronto = (iso: string) => when(iso, 'America/Toronto');
  expect(toronto('2026-11-16T09:00:00-05:00')).toBe('Nov. 16, 2026, 9 a.m. ET');
  expect(toronto('2026-09-03T23:58:00-04:00')).toBe('Sept. 3, 2026, 11:58 p.m. ET');
  expect(toronto('2026-03-01T12:00:00-05:00')).toBe('March 1, 2026, noon ET');
  expect(toronto('2026-07-04T00:00:00-04:00')).toBe('July 4, 2026, midnight ET');
  expect(toronto('2026-06-01T00:05:00-04:00')).toBe('June 1, 2026, 12:05 a.m. ET');
  // The same instant, on the other side of midnight in Vancouver.
  expect(when('2026-12-05T03:00:00Z', 'America/Vancouver')).toBe('Dec. 4, 2026, 7 p.m. PT');
  // A git date with seconds, and one that does not read.
  expect(toronto('2026-12-04T21:29:41-05:00')).toBe('Dec. 4, 2026, 9:29 p.m. ET');
  expect(toronto('yesterday')).toBe('yesterday');
  // Zones without a short name in English are named in full.
  expect(when('2026-12-05T03:00:00Z', 'America/Halifax')).toBe('Dec. 4, 2026, 11 p.m. AT');
  expect(when('2026-12-05T03:00:00Z', 'Europe/Paris')).toBe('Dec. 5, 2026, 4 a.m. France Time');
});

test('a zone named in words for a label, as an editor knows it; an unknown one as given', () => {
  expect(['America/Toronto', 'America/Vancouver', 'Not/AZone'].map(zoneLabel)).toEqual(['Eastern Time', 'Pacific Time', 'Not/AZone']);
});
