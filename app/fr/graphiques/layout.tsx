import type { ReactNode } from 'react';
import { Document } from '@/components/Document';
import { editionMetadata } from '@/lib/i18n/layout-metadata';

export const metadata = editionMetadata('fr');

/** Chart embeds in French: the document alone, no site chrome. */
export default function FrenchEmbedLayout({ children }: { children: ReactNode }) {
  return <Document lang="fr">{children}</Document>;
}
