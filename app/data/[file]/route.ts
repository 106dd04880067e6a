import { csvRoute } from '@/app/_routes/csv';

export const dynamic = 'force-static';
export const dynamicParams = false;

const route = csvRoute('en');
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
