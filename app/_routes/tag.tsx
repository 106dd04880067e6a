import { TagPage, tagMetadata } from '@/components/pages/TagsPages';
import { editionTags } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { tagOfSlug, tagSlug } from '@/lib/i18n/paths';
import { onlyChanged } from './changed';

type Params = { params: Promise<{ tag: string }> };

/** A topic's page route of an edition: /tags/<tag>/ or /fr/sujets/<its French slug>/, for every tag its published stories carry. */
export function tagRoute(lang: Lang) {
  // The address names the tag in the edition's words (lib/i18n/paths.ts); the page takes the tag as stories name it.
  const tagOf = async ({ params }: Params) => {
    const slug = (await params).tag;
    return tagOfSlug(slug, lang) ?? slug;
  };
  return {
    generateStaticParams: () => onlyChanged(`tag:${lang}`, editionTags(lang).map(({ tag }) => ({ tag: tagSlug(tag, lang) }))),
    generateMetadata: async (props: Params) => tagMetadata(lang, await tagOf(props)),
    Page: async (props: Params) => <TagPage lang={lang} tag={await tagOf(props)} />,
  };
}
