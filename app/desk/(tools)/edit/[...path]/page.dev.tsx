import { checkText } from '../../../_server/check';
import { deskOnly } from '../../../_server/guard';
import { hashOf, readText, resolveContentPath } from '../../../_server/files';
import { Editor } from './Editor';

type Props = { params: Promise<{ path: string[] }> };

/** One file of the content root, as text, with the check's problems: refused outside the root. */
export default async function EditPage({ params }: Props) {
  await deskOnly();
  const { path } = await params;
  const resolved = resolveContentPath(path.join('/'));
  const text = resolved.ok ? readText(resolved.file) : undefined;
  if (!resolved.ok || text === undefined) {
    return (
      <main className="mx-auto max-w-4xl p-6">
        <h1 className="text-2xl font-bold">Not opened</h1>
        <p className="mt-2">{resolved.ok ? `${resolved.rel} does not exist.` : `Refused: ${resolved.reason}. The desk opens stories and data files inside the content root only.`}</p>
        <p className="mt-2"><a className="underline" href="/desk/">Back to the desk</a></p>
      </main>
    );
  }
  const { problems } = checkText(resolved.rel, text);
  return <Editor path={resolved.rel} initialText={text} initialHash={hashOf(text)} initialProblems={problems} />;
}
