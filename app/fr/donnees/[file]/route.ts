import { csvRoute } from '@/lib/data/csv-route';

export const dynamic = 'force-static';
export const dynamicParams = false;

const route = csvRoute('fr');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
