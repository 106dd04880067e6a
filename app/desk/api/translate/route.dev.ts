import { planTranslation } from '@/lib/content/scaffold';
import { createPlanned, field, publishedNow, rootLabel } from '../../_server/create';
import { contentRoot } from '../../_server/files';
import { readJson } from '../../_server/http';

/** POST { english, slug }: writes the French edition's start, as npm run new-story -- --translate does; 201 names its editor. */
export async function POST(request: Request) {
  const read = await readJson(request);
  if ('error' in read) return read.error;
  return createPlanned(planTranslation(contentRoot(), rootLabel(), { english: field(read.body, 'english'), slug: field(read.body, 'slug') }, publishedNow()));
}
