// After `next build`: the RSS, Atom and JSON feeds, with each story's full body rendered through
// the feed variant of the component map. Written here because React renders to a string only
// outside Server Components, where Next's route handlers run.
import fs from 'node:fs';
import path from 'node:path';
import { getStories } from '../lib/content/stories';
import { FEEDS } from '../lib/feed-paths';
import { atomFeed, jsonFeed, rssFeed } from '../lib/feeds';

const OUT = process.argv[2] ?? 'out';
const stories = getStories({ preview: false });
const feeds = [
  [FEEDS.rss.path, rssFeed(stories)],
  [FEEDS.atom.path, atomFeed(stories)],
  [FEEDS.json.path, jsonFeed(stories)],
] as const;
for (const [file, text] of feeds) fs.writeFileSync(path.join(OUT, file), text);
console.log(`Wrote ${feeds.map(([file]) => file).join(', ')} with ${stories.length} stories.`);
