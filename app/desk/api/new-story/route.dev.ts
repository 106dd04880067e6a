import { planStory } from '@/lib/content/scaffold';
import { createPlanned, field, publishedNow } from '../../_server/create';
import { readJson } from '../../_server/http';

/** POST { headline, slug, tags }: writes the draft story and its data stub that npm run new-story writes; 201 names its editor. */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  const tags = field(read.body, 'tags').split(/[\s,]+/).filter(Boolean);
  return createPlanned(planStory({ headline: field(read.body, 'headline'), slug: field(read.body, 'slug'), tags }, publishedNow()));
}
