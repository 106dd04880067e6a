import { chartCards } from '@/app/_routes/cards';

export const dynamic = 'force-static';
export const dynamicParams = false;

const cards = chartCards('fr');
export const generateStaticParams = cards.generateStaticParams;
export const GET = cards.GET;
