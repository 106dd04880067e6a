import { deskOnly } from '../../../_server/guard';
import { deskHome } from '../../../_server/home';
import { NewStoryForm } from './NewStoryForm';

/** "New story": the form, with the tags the stories already use. */
export default async function NewStoryPage() {
  await deskOnly();
  const { tags } = deskHome();
  return (
    <main className="mx-auto max-w-4xl p-6">
      <p className="text-sm"><a className="underline" href="/desk/">The desk</a> / New story</p>
      <h1 className="mt-1 text-3xl font-bold">New story</h1>
      <NewStoryForm tagsInUse={tags} />
    </main>
  );
}
