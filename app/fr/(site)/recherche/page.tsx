import { SearchPage, searchMetadata } from '@/components/pages/SearchPage';

export const metadata = searchMetadata('fr');

export default function Page() {
  return <SearchPage lang='fr' />;
}
