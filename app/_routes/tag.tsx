import { TagPage, tagMetadata } from '@/components/pages/TagsPages';
import { notFound } from 'next/navigation';
import { editionTags, pageCount } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { tagOfSlug, tagSlug } from '@/lib/i18n/paths';
import { onlyChanged } from './changed';
import { pageNumbers, pageOfParam, tagPageParams } from './pages';

type Params = { params: Promise<{ tag: string; page?: string[] }> };

/**
 * A topic's page route of an edition: /tags/<tag>/ or /fr/sujets/<its French slug>/, for every tag
 * its published stories carry, and its later pages, /tags/<tag>/page/2/...
 */
export function tagRoute(lang: Lang) {
  // The address names the tag in the edition's words (lib/i18n/paths.ts); the page takes the tag as stories name it.
  const tagOf = async ({ params }: Params) => {
    const slug = (await params).tag;
    return tagOfSlug(slug, lang) ?? slug;
  };
  // Beyond the topic's last page there is none (next dev would otherwise render an empty one).
  const pageOf = async (props: Params, tag: string) => {
    const page = pageOfParam((await props.params).page);
    const stories = editionTags(lang).find((e) => e.tag === tag)?.stories.length ?? 0;
    return page && page <= pageCount(stories) ? page : notFound();
  };
  const both = async (props: Params) => {
    const tag = await tagOf(props);
    return { tag, page: await pageOf(props, tag) };
  };
  return {
    generateStaticParams: () =>
      onlyChanged(
        `tag:${lang}`,
        editionTags(lang).flatMap(({ tag, stories }) => pageNumbers(pageCount(stories.length)).map((page) => tagPageParams(tagSlug(tag, lang), page))),
      ),
    generateMetadata: async (props: Params) => {
      const { tag, page } = await both(props);
      return tagMetadata(lang, tag, page);
    },
    Page: async (props: Params) => {
      const { tag, page } = await both(props);
      return <TagPage lang={lang} tag={tag} page={page} />;
    },
  };
}
