import { renderToStaticMarkup } from 'react-dom/server';
import type { Story } from '@/lib/content/stories';
import { feedComponents } from '@/mdx-components';

/**
 * A story's body as plain HTML for feed readers, through the feed variant of the component map.
 * React renders to a string only outside Server Components, so no page imports this:
 * scripts/write-feeds.tsx passes it to the feed writers (lib/feeds.ts) after `next build`.
 */
export function feedHtml(story: Story): string {
  return renderToStaticMarkup(<story.Body components={feedComponents(story)} />);
}
