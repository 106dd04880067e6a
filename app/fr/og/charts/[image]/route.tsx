import { chartCards } from '@/lib/share-image/chart-cards';

export const dynamic = 'force-static';
export const dynamicParams = false;

const cards = chartCards('fr');
export const generateStaticParams = cards.generateStaticParams;
export const GET = cards.GET;
