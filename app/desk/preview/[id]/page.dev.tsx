import { notFound } from 'next/navigation';
import { Document } from '@/components/Document';
import { StoryPage } from '@/components/pages/StoryPage';
import { storyBody } from '@/lib/content/body';
import { omit } from '@/lib/content/model';
import { checkText } from '../../_server/check';
import { deskOnly } from '../../_server/guard';
import { readPreview } from '../../_server/previews';

type Props = { params: Promise<{ id: string }> };

/**
 * The real story page of an editor's unsaved text: the content model compiles it (no story code is
 * evaluated) and the site's own StoryPage renders it with the component map, in its edition's Document.
 */
export default async function Preview({ params }: Props) {
  await deskOnly();
  const preview = readPreview((await params).id);
  if (!preview) notFound();
  const { model, errors } = checkText(preview.path, preview.text);
  const story = model.stories.find((s) => s.path === preview.path);
  if (!story) {
    return (
      <Document lang="en">
        <main className="p-6">
          <h1 className="text-xl font-bold">No preview yet</h1>
          <p className="mt-2">The story does not compile: {errors} error{errors === 1 ? '' : 's'} to fix, listed under Problems.</p>
        </main>
      </Document>
    );
  }
  return (
    <Document lang={story.lang}>
      <StoryPage story={{ ...omit(story, 'path', 'tree', 'hast'), Body: storyBody(story.hast) }} />
    </Document>
  );
}
