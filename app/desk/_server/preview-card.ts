import { createHash } from 'node:crypto';
import { getStories } from '@/lib/content/stories';
import { chartCardInput, storyCardInput } from '@/lib/share-image/cards';
import { cardElement, drawCard, type CardInput } from '@/lib/share-image/render';
import { previewModel } from './preview-pages';
import { previewKind } from './preview-kind';

/**
 * The share card of a file's unsaved text: the card the site would publish for it, from the site's
 * own inputs (lib/share-image/cards.ts): a story's headline and dek with no picture, its eyebrow the
 * tag no other published story of its edition has; a chart's title, source line and picture; the
 * public host only when SITE_URL is set. Undefined when the text does not compile.
 */
export function previewCardInput(rel: string, text: string): CardInput | undefined {
  const kind = previewKind(rel);
  if (!kind) return undefined;
  const { model } = previewModel({ path: rel, text });
  if (kind.kind === 'chart') {
    const dataset = model.datasets[kind.lang].find((d) => d.id === kind.id);
    return dataset && chartCardInput(dataset, kind.lang);
  }
  const story = model.stories.find((s) => s.path === rel);
  // The other stories as the site has them: saved and published (the desk's own lists include drafts).
  return story && storyCardInput(story, story.lang, getStories({ lang: story.lang, preview: false }));
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
