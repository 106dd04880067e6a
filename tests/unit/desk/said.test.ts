import { expect, test } from 'vitest';
import { publishedSentence } from '@/app/desk/(tools)/edit/said';

/** "Published" is said only of what readers will get: a draft is committed, a scheduled story waits. */

const answer = { commit: '0123456789abcdef', branch: 'main', pushed: 'origin' };

test('a story on the site now is published', () => {
  expect(publishedSentence({ ...answer, draft: false, scheduled: null }, 'America/Toronto')).toBe('Published: commit 0123456 on main, pushed to origin.');
});

test('a draft is committed, not published, and the editor is told how it reaches the site', () => {
  expect(publishedSentence({ ...answer, pushed: null, draft: true, scheduled: null }, 'America/Toronto')).toBe(
    'Committed as a draft: commit 0123456 on main, not pushed (no remote is set up). It stays off the site until you untick Draft, save and publish again.',
  );
});

test('a story for later is published for its time, in the desk’s zone', () => {
  expect(publishedSentence({ ...answer, draft: false, scheduled: '2027-01-15T17:30:00-05:00' }, 'America/Toronto')).toBe(
    'Published for Jan 15, 2027, 5:30 p.m.: commit 0123456 on main, pushed to origin. It appears on the site with the first build after that time.',
  );
});
