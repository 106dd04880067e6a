import { embedRoute } from '@/components/charts/EmbedPage';

const route = embedRoute('en');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
