import type { Metadata } from 'next';
import { SiteChrome } from '@/components/SiteChrome';
import { otherEdition, sitePage } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';

/** The 404 of an edition: the static host serves /404.html, or /fr/404.html under /fr/. */
export function NotFoundPage({ lang }: { lang: Lang }) {
  const t = siteText(lang).notFound;
  return (
    <SiteChrome lang={lang} alternate={otherEdition(sitePage('home'), lang)}>
      {/* Starts where every page's headline block starts (as a topic's kicker and name do): no padding above. */}
      <div className="page-column pb-12">
        <p className="text-sm font-bold uppercase tracking-wide text-alert">{t.kicker}</p>
        <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight">{t.heading}</h1>
        <p className="mt-4 text-lg text-ink-soft">{t.body}</p>
        <p className="mt-6">
          <a href={paths(lang).home()} className="text-link font-semibold">{t.home}</a>
        </p>
      </div>
    </SiteChrome>
  );
}

export const notFoundMetadata = (lang: Lang): Metadata => ({ title: siteText(lang).notFound.title, robots: { index: false } });
