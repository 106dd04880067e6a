import { deskOnly } from '../../../../_server/guard';
import { deskHome } from '../../../../_server/home';
import { TranslateForm } from './TranslateForm';

type Props = { params: Promise<{ english: string }> };

/** "Translate": the French slug for the French edition of one English story. */
export default async function TranslatePage({ params }: Props) {
  await deskOnly();
  const { english } = await params;
  const story = deskHome().stories.find((s) => s.lang === 'en' && s.slug === english);
  return (
    <main className="mx-auto max-w-4xl p-6">
      <p className="text-sm"><a className="underline" href="/desk/">The desk</a> / Translate</p>
      <h1 className="mt-1 text-3xl font-bold">Translate{story ? `: ${story.title}` : ''}</h1>
      {story?.translatable ? (
        <TranslateForm english={english} />
      ) : (
        <p className="mt-4">{story ? `${story.path} already has a French edition, or does not compile yet: open it from the desk.` : `No English story is named "${english}".`}</p>
      )}
    </main>
  );
}
