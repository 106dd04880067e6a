import { siteCard } from '@/app/_routes/cards';

export const dynamic = 'force-static';

export const GET = siteCard('en');
