import { TagPage, tagMetadata, tagParams } from '@/components/pages/TagsPages';

type Params = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => tagParams('fr');

export const generateMetadata = async ({ params }: Params) => tagMetadata('fr', (await params).tag);

export default async function Page({ params }: Params) {
  return <TagPage lang='fr' tag={(await params).tag} />;
}
