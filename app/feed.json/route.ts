import { getStories } from '@/lib/content/stories';
import { chartTitle, feedResponse } from '@/lib/feed-response';
import { FEEDS, jsonFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(jsonFeed(getStories({ preview: false }), chartTitle), FEEDS.json.type);
}
