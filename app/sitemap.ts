import type { MetadataRoute } from 'next';
import { getStories, getTags, lastModified, modifiedAt } from '@/lib/content/stories';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const stories = getStories({ preview: false });
  return [
    { url: absoluteUrl('/'), lastModified: lastModified(stories) },
    ...stories.map((story) => ({ url: absoluteUrl(`/stories/${story.slug}/`), lastModified: modifiedAt(story) })),
    ...getTags({ preview: false }).map(({ tag, stories: tagged }) => ({ url: absoluteUrl(`/tags/${tag}/`), lastModified: lastModified(tagged) })),
    { url: absoluteUrl('/tags/') },
    { url: absoluteUrl('/about/') },
  ];
}
