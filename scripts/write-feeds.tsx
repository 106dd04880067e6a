// After `next build`: the RSS, Atom and JSON feeds of each edition, with each story's full body
// rendered through the feed variant of the component map. Written here because React renders to a
// string only outside Server Components, where Next's route handlers run.
import fs from 'node:fs';
import path from 'node:path';
import { feedHtml } from '../components/feed-html';
import { getStories, type Story } from '../lib/content/stories';
import { feedsOf } from '../lib/feed-paths';
import { atomFeed, jsonFeed, rssFeed } from '../lib/feeds';
import { LANGS } from '../lib/i18n/lang';

const OUT = process.argv[2] ?? 'out';
// Each of the three feeds carries every story's body: render each body once, not three times.
const bodies = new Map<Story, string>();
const bodyHtml = (story: Story) => bodies.get(story) ?? bodies.set(story, feedHtml(story)).get(story)!;
for (const lang of LANGS) {
  const stories = getStories({ preview: false, lang });
  const FEEDS = feedsOf(lang);
  const feeds = [
    [FEEDS.rss.path, rssFeed(stories, lang, bodyHtml)],
    [FEEDS.atom.path, atomFeed(stories, lang, bodyHtml)],
    [FEEDS.json.path, jsonFeed(stories, lang, bodyHtml)],
  ] as const;
  for (const [file, text] of feeds) {
    fs.mkdirSync(path.dirname(path.join(OUT, file)), { recursive: true });
    fs.writeFileSync(path.join(OUT, file), text);
  }
  console.log(`Wrote ${feeds.map(([file]) => file).join(', ')} with ${stories.length} stories.`);
}
