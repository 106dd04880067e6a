import { SiteChrome } from '@/components/SiteChrome';
import { otherEdition, sitePage } from '@/lib/editions';
import { AboutText } from '@/lib/i18n/about';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { pageMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';

export function AboutPage({ lang }: { lang: Lang }) {
  return (
    <SiteChrome lang={lang} alternate={otherEdition(sitePage('about'), lang)}>
      <div className="prose page-column font-serif prose-headings:font-sans prose-headings:tracking-tight prose-h1:font-serif prose-h1:text-4xl prose-h1:font-bold">
        <AboutText lang={lang} email={site.correctionsEmail} />
      </div>
    </SiteChrome>
  );
}

export const aboutMetadata = (lang: Lang) => pageMetadata({ lang, ...siteText(lang).about, path: paths(lang).about(), editions: sitePage('about') });
