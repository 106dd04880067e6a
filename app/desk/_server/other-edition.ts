import type { ContentModel, ModelInput } from '@/lib/content/model-types';
import { editorAddress } from '../address';

/** A link from a story's editor to its other edition: "French edition: <its title>", or "Translate" when there is none yet. */
export type OtherEdition = { label: string; text: string; href: string };

/**
 * The other edition of the story at `rel`: an English story's French edition (the French story whose
 * translationOf names it), or, when it has none and compiles, its Translate form; a French story's
 * English original. An editor correcting one edition has the other to correct too, and no way but
 * the desk's home to reach it otherwise. Nothing for a data file, or an original that is not there.
 */
export function otherEdition(rel: string, model: ContentModel, input: ModelInput): OtherEdition | undefined {
  const french = /^stories\/fr\/[^/]+\.mdx$/.test(rel);
  const english = /^stories\/[^/]+\.mdx$/.test(rel);
  const story = model.stories.find((s) => s.path === rel);
  if (english) {
    const slug = rel.slice('stories/'.length, -'.mdx'.length);
    const translation = model.stories.find((s) => s.lang === 'fr' && s.translationOf === slug);
    if (translation) return { label: 'French edition', text: translation.title, href: editorAddress(translation.path) };
    return story ? { label: 'No French edition yet', text: 'Translate', href: `/desk/new/translation/${slug}/` } : undefined;
  }
  if (french && story?.translationOf) {
    const path = `stories/${story.translationOf}.mdx`;
    if (!input.files.some((f) => f.path === path)) return undefined;
    return { label: 'English original', text: model.stories.find((s) => s.path === path)?.title ?? path, href: editorAddress(path) };
  }
  return undefined;
}
