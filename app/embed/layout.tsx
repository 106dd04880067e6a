import type { ReactNode } from 'react';
import { Document } from '@/components/Document';
import { editionMetadata } from '@/lib/i18n/layout-metadata';

export const metadata = editionMetadata('en');

/** Chart embeds in English: the document alone, no site chrome. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}
