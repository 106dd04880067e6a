import type { ReactNode } from 'react';
import { Document } from '@/components/Document';
import { editionMetadata } from '@/lib/i18n/layout-metadata';

export const metadata = editionMetadata('en');

/** The English site's root layout. Each page draws its own chrome, which knows the page's French counterpart. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}
