import { getStories } from '@/lib/content/stories';
import { chartTitle, feedResponse } from '@/lib/feed-response';
import { FEEDS, rssFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(rssFeed(getStories({ preview: false }), chartTitle), FEEDS.rss.type);
}
