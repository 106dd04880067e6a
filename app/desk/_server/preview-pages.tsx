import type { ReactElement, ReactNode } from 'react';
import { ChartFigure } from '@/components/charts/ChartFigure';
import { Document } from '@/components/Document';
import { StoryPage } from '@/components/pages/StoryPage';
import { storyBody } from '@/lib/content/body';
import { despiteContentErrors, readContent } from '@/lib/content/disk';
import { chartsShown } from '@/lib/content/story-file';
import { visit } from '@/lib/content/walk';
import type { Heading } from 'mdast';
import { buildModel, omit, type ContentFile, type ContentModel, type ModelStory } from '@/lib/content/model';
import type { Dataset } from '@/lib/data/schema';
import type { Lang } from '@/lib/i18n/lang';
import { deskMemo } from './check';
import { previewKind } from './preview-kind';
import { staticMarkup } from './static-html';

/**
 * One page of the preview: the document's HTML, and the headline it shows (for the share card's alt
 * text); a story's headings, each with its id on the page and its line in the text, so the preview
 * can show the part the editor is working on.
 */
/** `notice`: the page says why nothing could be drawn (its words), in place of a story or chart. */
export type PreviewPage = { html: string; title?: string; headings?: { line: number; id: string }[]; notice?: string };

/** What the editor shows for its unsaved text; a French story's English original (from disk) when asked for. */
export type Preview = PreviewPage & { original?: PreviewPage };

/**
 * The content model a preview is drawn from: the edited file's unsaved text with every data file
 * (and the stories named), as on disk. It leaves out what cannot change the page, the other stories
 * and the source reports (the check builds the whole model for the problems): on the real content
 * this took 40 ms where the whole model took 140-260 ms, and the preview comes right after the check.
 */
export function previewModel(edit: ContentFile, stories: string[] = []): { model: ContentModel; files: ContentFile[] } {
  const { input, display } = readContent();
  const files = [...input.files.filter((f) => f.path !== edit.path && (f.path.startsWith('data/') || stories.includes(f.path))), edit];
  return { model: buildModel({ files, publicFiles: input.publicFiles }, { display, memo: deskMemo }), files: input.files };
}

/** A page's HTML. Another saved file's errors do not stop it (the site's pages would throw them). */
const markup = (element: ReactElement) => despiteContentErrors(() => staticMarkup(element));

function notice(lang: Lang, heading: string, text: string): PreviewPage {
  return {
    notice: text,
    html: markup(
      <Document lang={lang}>
        <main className="p-6">
          <h1 className="text-xl font-bold">{heading}</h1>
          <p className="mt-2">{text}</p>
        </main>
      </Document>,
    ),
  };
}

const page = (lang: Lang, title: string, children: ReactNode): PreviewPage => ({ html: markup(<Document lang={lang}>{children}</Document>), title });

/** The site's StoryPage of a compiled story, as the story route renders it. */
export const storyPage = (story: ModelStory): PreviewPage => ({ ...page(story.lang, story.title, <StoryPage story={{ ...omit(story, 'path', 'tree', 'hast'), Body: storyBody(story.hast) }} />), headings: headingLines(story) });

/** The story's headings in the order of the text: their ids as the compiler set them (lib/content/mdx.ts), their lines. */
function headingLines(story: ModelStory): { line: number; id: string }[] {
  const found: { line: number; id: string }[] = [];
  visit(story.tree, 'heading', (node: Heading) => {
    const id = node.data?.hProperties?.id;
    if (typeof id === 'string' && node.position) found.push({ line: node.position.start.line, id });
  });
  return found;
}

/** A chart alone, as its embed page shows it (components/pages/EmbedPage.tsx, without the link to a story). */
export const chartPage = (dataset: Dataset, lang: Lang) =>
  page(
    lang,
    dataset.title,
    <main className="px-3 py-2" data-embed={dataset.id}>
      <ChartFigure dataset={dataset} embed={false} className="chart--embed" titleIsHeading lang={lang} />
    </main>,
  );

/** The English story a French one translates, as it is on disk. */
function originalOf(story: ModelStory | undefined, edit: ContentFile): PreviewPage {
  if (!story) return notice('en', 'No English original yet', 'The English original shows once this story compiles: fix the errors listed under Problems.');
  if (!story.translationOf) return notice('en', 'No English original', 'This story names no translationOf.');
  const file = `stories/${story.translationOf}.mdx`;
  const { model, files } = previewModel(edit, [file]);
  const english = model.stories.find((s) => s.path === file);
  if (english) return storyPage(english);
  return notice('en', 'No English original', files.some((f) => f.path === file) ? `${file} does not compile: run npm run check, or open it in the desk.` : `There is no English story ${file} (translationOf: ${story.translationOf}).`);
}

function chartNotice(lang: Lang, text: string): PreviewPage {
  let json = true;
  try {
    JSON.parse(text);
  } catch {
    json = false;
  }
  const why = json ? 'the data has errors' : 'the text is not valid JSON';
  return notice(lang, 'No chart to show', `The chart cannot be drawn: ${why} (see Problems).`);
}

/** The chart ids a story's <Chart> and <Figure> tags name whose data the model could not load. */
export const chartsWithoutData = (story: ModelStory): string[] =>
  chartsShown(story).filter((id) => !story.datasets.some((d) => d.id === id));

/**
 * The preview of one file's unsaved text: a story's page, or a data file's chart, rendered from the
 * content model with the site's own components (no story code is evaluated); when it cannot be
 * drawn, a page that says why. `original`: with a French story, its English original too.
 */
export function renderPreview(rel: string, text: string, { original = false } = {}): Preview | undefined {
  const kind = previewKind(rel);
  if (!kind) return undefined;
  const edit = { path: rel, text };
  const { model } = previewModel(edit);
  if (kind.kind === 'chart') {
    const dataset = model.datasets[kind.lang].find((d) => d.id === kind.id);
    return dataset ? chartPage(dataset, kind.lang) : chartNotice(kind.lang, text);
  }
  const story = model.stories.find((s) => s.path === rel);
  const french = rel.startsWith('stories/fr/');
  const lang = french ? 'fr' : 'en';
  // A story compiles with a chart id that names no data, or data with errors (the check says so): the
  // site's components would throw on it (mdx-components' datasetOf), so the preview says which.
  const undrawn = story ? chartsWithoutData(story) : [];
  const shown = !story
    ? notice(lang, 'No preview yet', 'The story can’t be shown yet: fix what Problems lists.')
    : undrawn.length
      ? notice(lang, 'No preview yet', `The story shows ${undrawn.map((id) => `"${id}"`).join(', ')}, which ${undrawn.length === 1 ? 'is not a chart' : 'are not charts'} with valid data: check the id, or the data file's errors listed under Problems.`)
      : storyPage(story);
  return original && french ? { ...shown, original: originalOf(story, edit) } : shown;
}
