import { shareImageResponse } from '@/lib/share-image/render';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

/** The card for pages that have none of their own: home, topics, about. */
export function GET() {
  return shareImageResponse({ kicker: 'Explainers', title: site.name, dek: site.description, footer: new URL(site.url).host });
}
