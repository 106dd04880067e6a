import { checkText } from '../../_server/check';
import { otherEdition } from '../../_server/other-edition';
import { deskOnly } from '../../_server/guard';
import { publishedState } from '../../_server/unpublished';
import { hashOf, readFile, resolveContentPath } from '../../_server/files';
import { CHART_ATTRIBUTE, STORY_COMPONENTS } from '@/lib/content/components';
import { site } from '@/lib/site';
import { Editor } from './Editor';
import { Publishing } from './Publishing';

type Props = { searchParams: Promise<{ file?: string | string[] }> };

/** One file of the content root (editorAddress: /desk/edit/?file=…), as text, with the check's problems: refused outside the root. */
export default async function EditPage({ searchParams }: Props) {
  await deskOnly();
  const { file } = await searchParams;
  const resolved = typeof file === 'string' ? resolveContentPath(file) : ({ ok: false, reason: 'expected one file, as ?file=stories/<name>.mdx' } as const);
  const read = resolved.ok ? readFile(resolved.file) : undefined;
  if (!resolved.ok || !read?.ok) {
    return (
      <main className="mx-auto max-w-4xl p-6">
        <h1 className="text-2xl font-bold">Not opened</h1>
        <p className="mt-2">{resolved.ok ? `${resolved.rel} ${read?.ok === false ? read.reason : 'does not exist'}.` : `Refused: ${resolved.reason}. The desk opens stories and data files inside the content root only.`}</p>
        <p className="mt-2"><a className="underline" href="/desk/">Back to the desk</a></p>
      </main>
    );
  }
  const { text } = read;
  const { problems, model, input } = checkText(resolved.rel, text);
  const french = resolved.rel.startsWith('stories/fr/');
  // What the editor completes, from the model: the components this edition may use, every chart's
  // id (one with errors too: the story may be written first), the tags in use, the source reports.
  const vocabulary = {
    components: Object.entries(STORY_COMPONENTS)
      .filter(([, rule]) => !('editions' in rule) || (rule.editions as readonly string[]).includes(french ? 'fr' : 'en'))
      .map(([name, rule]) => ({ name, attributes: [...rule.required, ...rule.optional] })),
    charts: input.files.flatMap((f) => /^data\/([^/]+)\.json$/.exec(f.path)?.[1] ?? []).sort(),
    tags: [...new Set(model.stories.flatMap((s) => s.tags))].sort(),
    sources: (input.sources ?? []).map((s) => s.path).sort(),
  };
  // Whether Publish would change anything (stories only: a chart is published with a story).
  const published = resolved.rel.startsWith('stories/') ? await publishedState(resolved.rel, model.stories.find((s) => s.path === resolved.rel)) : undefined;
  return (
    <>
      <Editor path={resolved.rel} initialText={text} initialHash={hashOf(text)} initialProblems={problems} vocabulary={vocabulary} chartAttributes={[...new Set(Object.values(CHART_ATTRIBUTE))]} timeZone={site.timeZone} published={published} other={otherEdition(resolved.rel, model, input)} />
      <Publishing file={resolved.file} rel={resolved.rel} />
    </>
  );
}
