import { Document } from '@/components/Document';
import { NotFoundPage, notFoundMetadata } from '@/components/pages/NotFoundPage';

export const metadata = notFoundMetadata('en');

/** The English 404 (/404.html); the French one is app/fr/(site)/404. */
export default function NotFound() {
  return (
    <Document lang="en">
      <NotFoundPage lang="en" />
    </Document>
  );
}
