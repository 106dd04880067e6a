import { CorrectionsPage, correctionsMetadata } from '@/components/pages/CorrectionsPage';

export const metadata = correctionsMetadata('fr');

export default function Page() {
  return <CorrectionsPage lang='fr' />;
}
