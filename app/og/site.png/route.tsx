import { siteCard } from '@/lib/share-image/routes';

export const dynamic = 'force-static';

export const GET = siteCard('en');
