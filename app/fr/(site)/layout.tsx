import type { ReactNode } from 'react';
import { Document } from '@/components/Document';
import { editionMetadata } from '@/lib/i18n/layout-metadata';

export const metadata = editionMetadata('fr');

/** The French site's root layout (<html lang="fr-CA">); pages draw their own chrome, as in English. */
export default function FrenchSiteLayout({ children }: { children: ReactNode }) {
  return <Document lang="fr">{children}</Document>;
}
