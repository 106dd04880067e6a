import { storyRoute } from '@/app/_routes/story';

const route = storyRoute('fr');

// Only stories that exist at build time have pages; drafts are not among them in production.
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
