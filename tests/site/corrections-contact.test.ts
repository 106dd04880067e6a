import { expect, test } from 'vitest';
import { attr, builtPages, elements, textOf } from './out';

// npm run build:fixtures sets CORRECTIONS_EMAIL=corrections@example.org (package.json), as a
// newsroom's build would: every story page then offers a message to the editors that names it,
// and the About pages give the address. A build that lost the setting on its way to the pages
// would publish a policy that asks readers to write and no way to.

const stories = builtPages().filter((page) => /^\/(stories|fr\/articles)\/[^/]+\/$/.test(page));

test.each(stories)('%s: the footer opens a message to the editors that names this story', (page) => {
  const all = elements(page);
  const mail = all.filter((el) => el.tagName === 'a' && attr(el, 'href')?.startsWith('mailto:corrections@example.org?'));
  expect(mail).toHaveLength(1);
  const url = new URL(attr(mail[0], 'href')!);
  // The words of the headline: on the page it joins a few of them with no-break spaces (headlineNoBreaks), a subject line need not.
  const words = (text: string) => text.replace(/\s+/g, ' ');
  const title = words(textOf(all.find((el) => el.tagName === 'h1')!));
  expect(url.searchParams.get('subject')).toMatch(new RegExp(`^Correction\u00a0?: `));
  expect(words(url.searchParams.get('subject')!.replace(/^Correction\u00a0?: /, ''))).toBe(title);
  expect(url.searchParams.get('body')).toMatch(new RegExp(`^https?://[^/]+${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\n$`));
  expect(textOf(mail[0])).toBe(page.startsWith('/fr/') ? 'Écrivez à la rédaction' : 'Email the editors');
});

test.each(['/about/', '/fr/a-propos/'])('%s gives the address where it asks readers to write', (page) => {
  const links = elements(page).filter((el) => el.tagName === 'a' && attr(el, 'href') === 'mailto:corrections@example.org');
  expect(links.map(textOf)).toEqual(['corrections@example.org']);
});
