import { chartTitle, feedResponse } from '@/lib/feed-response';
import { FEEDS, atomFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse(atomFeed(chartTitle), FEEDS.atom.type);
}
