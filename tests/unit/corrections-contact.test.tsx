/**
 * A reader who spots a mistake can write to the editors: each story's footer and the About page
 * give the address set in CORRECTIONS_EMAIL, and a message from a story already names it.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { StoryFooter } from '@/components/StoryFooter';
import { getStories } from '@/lib/content/stories';
import { AboutText } from '@/lib/i18n/about';
import { newsArticle } from '@/lib/jsonld';
import { correctionsEmailFrom } from '@/lib/site';
import { storiesDir, storySource } from './content/helpers';

const TITLE = 'Masks & "mandates" <b>bold</b> 100% #1?';
const dir = storiesDir({ 'masks.mdx': storySource({ title: JSON.stringify(TITLE) }) });
const story = getStories({ lang: 'en', dir, dataDir: 'tests/unit/charts/fixtures/valid', sourcesDir: null, preview: true })[0];

/** The footer's last line as a reader reads it, and its links' addresses as the browser gets them. */
function footer(email: string | undefined, lang: 'en' | 'fr' = 'en') {
  const html = renderToStaticMarkup(<StoryFooter story={story} lang={lang} email={email} />);
  const last = /<p class="mt-2 text-ink-muted">(.*?)<\/p>/.exec(html)![1];
  const hrefs = [...last.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  return { text: last.replace(/<[^>]+>/g, '').replaceAll('&amp;', '&'), hrefs };
}

describe('the address', () => {
  test('a plain address is kept, spaces around it trimmed; none set is none', () => {
    expect(correctionsEmailFrom(' corrections@n95.example.org\n')).toEqual({ email: 'corrections@n95.example.org' });
    expect(correctionsEmailFrom('')).toEqual({});
    expect(correctionsEmailFrom(undefined)).toEqual({});
  });

  test.each(['corrections', 'a b@example.org', 'a@b@example.org', '"x"@example.org', 'x@example.org?bcc=all@example.org', 'x@example.org>', 'x@localhost', 'javascript:alert(1)//@x.org', `${'a'.repeat(300)}@example.org`])(
    'refused, with a warning that says what was expected: %s',
    (value) => {
      const result = correctionsEmailFrom(value);
      expect(result.email).toBeUndefined();
      expect(result.warning).toMatch(/^CORRECTIONS_EMAIL: expected an email address such as corrections@example\.org, found "/);
    },
  );
});

describe('what readers see', () => {
  test('with an address: a link that opens a message naming the story, then the policy', () => {
    const { text, hrefs } = footer('corrections@n95.example.org');
    expect(text).toBe('Spotted an error? Email the editors or read our corrections policy.');
    const mail = new URL(hrefs[0]);
    expect(mail.protocol + mail.pathname).toBe('mailto:corrections@n95.example.org');
    // The title as the story shows it (quotes curled), whole, whatever characters it holds.
    expect(mail.searchParams.get('subject')).toBe(`Correction: ${story.title}`);
    expect(story.title).toContain('&');
    expect(mail.searchParams.get('body')).toMatch(/^https?:\/\/[^/]+\/stories\/masks\/\n\n$/);
    expect(hrefs[1]).toBe('/about/#corrections');
  });

  test('without one: the policy alone, as before', () => {
    expect(footer(undefined)).toEqual({ text: 'Spotted an error? Read our corrections policy.', hrefs: ['/about/#corrections'] });
  });

  test('in French', () => {
    const { text, hrefs } = footer('corrections@n95.example.org', 'fr');
    expect(text).toBe('Vous avez relevé une erreur\u00a0? Écrivez à la rédaction ou consultez notre politique de correction.');
    expect(new URL(hrefs[0]).searchParams.get('subject')).toBe(`Correction\u00a0: ${story.title}`);
    expect(footer(undefined, 'fr').text).toBe('Vous avez relevé une erreur\u00a0? Consultez notre politique de correction.');
  });

  test('the About page gives the address where it asks readers to write', () => {
    const about = (lang: 'en' | 'fr', email?: string) => renderToStaticMarkup(<AboutText lang={lang} email={email} />).replace(/<!-- -->/g, '');
    expect(about('en', 'corrections@n95.example.org')).toContain('tell the editors at <a href="mailto:corrections@n95.example.org">corrections@n95.example.org</a>, naming the story and the passage.');
    expect(about('fr', 'corrections@n95.example.org')).toContain('écrivez à la rédaction à l’adresse <a href="mailto:corrections@n95.example.org">corrections@n95.example.org</a> en précisant');
    expect(about('en')).toContain('tell the editors, naming the story and the passage.');
    expect(about('en')).not.toContain('mailto:');
  });

  test('crawlers read where the corrections policy is', () => {
    expect(newsArticle(story, 'en').publisher.correctionsPolicy).toMatch(/^https?:\/\/[^/]+\/about\/#corrections$/);
    expect(newsArticle(story, 'fr').publisher.correctionsPolicy).toMatch(/^https?:\/\/[^/]+\/fr\/a-propos\/#corrections$/);
  });
});
