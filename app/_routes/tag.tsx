import { TagPage, tagMetadata } from '@/components/pages/TagsPages';
import { editionTags } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';

type Params = { params: Promise<{ tag: string }> };

/** A topic's page route of an edition: /tags/<tag>/ or /fr/sujets/<tag>/, for every tag its published stories carry. */
export function tagRoute(lang: Lang) {
  return {
    generateStaticParams: () => editionTags(lang).map(({ tag }) => ({ tag })),
    generateMetadata: async ({ params }: Params) => tagMetadata(lang, (await params).tag),
    Page: async ({ params }: Params) => <TagPage lang={lang} tag={(await params).tag} />,
  };
}
