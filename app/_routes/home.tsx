import { notFound } from 'next/navigation';
import { HomePage, homeMetadata } from '@/components/pages/HomePage';
import { getStories } from '@/lib/content/stories';
import { pageCount } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { onlyChanged } from './changed';
import { homePageParams, pageNumbers, pageOfParam } from './pages';

type Params = { params: Promise<{ page?: string[] }> };

/** An edition's home page and the pages of older stories after it: /, /page/2/... (/fr/, /fr/page/2/...). */
export function homeRoute(lang: Lang) {
  const count = () => pageCount(getStories({ lang }).length);
  // Beyond the last page there is none (next dev would otherwise render an empty one).
  const pageOf = async ({ params }: Params) => {
    const page = pageOfParam((await params).page);
    return page && page <= count() ? page : notFound();
  };
  return {
    generateStaticParams: () => onlyChanged(`home:${lang}`, pageNumbers(count()).map(homePageParams)),
    generateMetadata: async (props: Params) => homeMetadata(lang, await pageOf(props)),
    Page: async (props: Params) => <HomePage lang={lang} page={await pageOf(props)} />,
  };
}
