// After `next build`: the RSS, Atom and JSON feeds of each edition, with each story's full body
// rendered through the feed variant of the component map. Written here because React renders to a
// string only outside Server Components, where Next's route handlers run.
// usage: tsx scripts/write-feeds.tsx <site folder> [<plan.json> <body cache folder>]
// With the page plan (scripts/plan-pages.ts) and a cache folder, a body whose story did not change
// since it was last rendered is read back from the cache instead of rendered again (see bodyCache).
import fs from 'node:fs';
import path from 'node:path';
import { feedHtml } from '../components/feed-html';
import { getStories, type Story } from '../lib/content/stories';
import { feedsOf } from '../lib/feed-paths';
import { atomFeed, FEED_LENGTH, jsonFeed, rssFeed } from '../lib/feeds';
import { LANGS } from '../lib/i18n/lang';
import { bodyCache } from './lib/feed-bodies';

const [OUT = 'out', PLAN, CACHE] = process.argv.slice(2);
const cache = PLAN && CACHE ? bodyCache(CACHE, JSON.parse(fs.readFileSync(PLAN, 'utf8')).bodies) : undefined;
// The three feeds carry the same stories' bodies (the newest, lib/feeds.ts FEED_LENGTH): render each once, not three times.
const bodies = new Map<Story, string>();
const render = cache ? (story: Story) => cache.html(story, feedHtml) : feedHtml;
const bodyHtml = (story: Story) => bodies.get(story) ?? bodies.set(story, render(story)).get(story)!;
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
  console.log(`Wrote ${feeds.map(([file]) => file).join(', ')} with the ${Math.min(stories.length, FEED_LENGTH)} newest of ${stories.length} stories.`);
}
if (cache) {
  const { rendered, pruned } = cache.finish();
  console.log(`Feed bodies: ${rendered} rendered, ${bodies.size - rendered} read back from the cache${pruned ? `, ${pruned} unused removed from it` : ''}.`);
}
