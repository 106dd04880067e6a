import { TagsPage, tagsMetadata } from '@/components/pages/TagsPages';

export const metadata = tagsMetadata('en');

export default function Page() {
  return <TagsPage lang='en' />;
}
