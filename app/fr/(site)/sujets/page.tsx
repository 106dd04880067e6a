import { TagsPage, tagsMetadata } from '@/components/pages/TagsPages';

export const metadata = tagsMetadata('fr');

export default function Page() {
  return <TagsPage lang='fr' />;
}
