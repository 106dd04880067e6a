import { getStories } from '@/lib/content/stories';
import { chartTitle, feedResponse } from '@/lib/feed-response';
import { FEEDS, atomFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(atomFeed(getStories({ preview: false }), chartTitle), FEEDS.atom.type);
}
