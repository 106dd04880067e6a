import { storyCards } from '@/app/_routes/cards';

export const dynamic = 'force-static';
export const dynamicParams = false;

const cards = storyCards('en');
export const generateStaticParams = cards.generateStaticParams;
export const GET = cards.GET;
