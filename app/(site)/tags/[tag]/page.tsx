import { TagPage, tagMetadata, tagParams } from '@/components/pages/TagsPages';

type Params = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export const generateStaticParams = () => tagParams('en');

export const generateMetadata = async ({ params }: Params) => tagMetadata('en', (await params).tag);

export default async function Page({ params }: Params) {
  return <TagPage lang='en' tag={(await params).tag} />;
}
