import { NotFoundPage, notFoundMetadata } from '@/components/pages/NotFoundPage';

export const metadata = notFoundMetadata('fr');

/** The French 404: the build copies it to out/fr/404.html, which hosts serve for a missing /fr/ address. */
export default function Page() {
  return <NotFoundPage lang="fr" />;
}
