import { createHash } from 'node:crypto';
import { chartText } from '@/lib/i18n/charts';
import { storyKicker } from '@/lib/i18n/site';
import { cardElement, drawCard, type CardInput } from '@/lib/share-image/render';
import { site } from '@/lib/site';
import { previewModel } from './preview-pages';
import { previewKind } from './preview-kind';

/**
 * The share card of a file's unsaved text, with the inputs the site's card routes give it
 * (app/_routes/cards.ts: a story's kicker is its first tag, its chart the lead chart; a chart's
 * dek is its source line). Undefined when the text does not compile.
 */
export function previewCardInput(rel: string, text: string): CardInput | undefined {
  const kind = previewKind(rel);
  if (!kind) return undefined;
  const { model } = previewModel({ path: rel, text });
  const footer = new URL(site.url).host;
  if (kind.kind === 'chart') {
    const dataset = model.datasets[kind.lang].find((d) => d.id === kind.id);
    return dataset && { kicker: chartText(kind.lang).cardKicker, title: dataset.title, dek: dataset.sourceLine, chart: dataset, footer, lang: kind.lang };
  }
  const story = model.stories.find((s) => s.path === rel);
  return story && { kicker: storyKicker(story.tags, story.lang), title: story.title, dek: story.dek, chart: story.datasets[0], footer, lang: story.lang };
}

/** Drawing a card takes longer than rendering the page: the last few are kept, so unchanged text is not drawn again. */
const drawn = new Map<string, Promise<Uint8Array>>();
const KEEP = 16;

export function previewCard(input: CardInput): Promise<Uint8Array> {
  const key = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  let png = drawn.get(key);
  if (!png) {
    png = drawCard(cardElement(input));
    png.catch(() => drawn.delete(key));
    drawn.set(key, png);
    for (const old of drawn.keys()) if (drawn.size > KEEP) drawn.delete(old);
  }
  return png;
}
