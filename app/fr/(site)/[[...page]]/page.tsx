import { homeRoute } from '@/app/_routes/home';

const route = homeRoute('fr');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
