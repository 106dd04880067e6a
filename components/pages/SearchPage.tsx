import { SiteChrome } from '@/components/SiteChrome';
import { otherEdition, sitePage } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { pageMetadata } from '@/lib/metadata';

/**
 * The results come from Pagefind, run by components/enhance/search.ts with the query in ?q=.
 * Pagefind indexes each edition apart by <html lang>, so a French page searches French pages only.
 * The script's messages are written here, in the page's language, as data attributes.
 */
export function SearchPage({ lang }: { lang: Lang }) {
  const t = siteText(lang).search;
  return (
    <SiteChrome lang={lang} alternate={otherEdition(sitePage('search'), lang)}>
      <div className="page-column">
        <h1 className="font-serif text-4xl font-bold tracking-tight">{t.title}</h1>
        <form role="search" aria-label={t.pageLandmark} action={paths(lang).search()} method="get" className="mt-6 flex gap-2">
          <label htmlFor="search-page-q" className="sr-only">{t.label}</label>
          <input
            id="search-page-q"
            type="search"
            name="q"
            data-search-input
            className="min-w-0 flex-1 rounded-md border border-edge-strong bg-field px-3 py-2 text-ink"
          />
          <button type="submit" className="rounded-md bg-ink px-4 py-2 font-medium text-on-ink">{t.button}</button>
        </form>
        <div
          role="status"
          data-search-status
          data-searching={t.searching}
          data-unavailable={t.unavailable}
          data-results-one={t.count(1, '{q}').replace(/^1/, '{n}')}
          data-results-other={t.count(2, '{q}').replace(/^2/, '{n}')}
          className="mt-4 text-ink-soft"
        />
        <noscript>
          <p className="mt-4">{t.noScript}</p>
        </noscript>
        <ol data-search-results className="mt-4 space-y-6" />
      </div>
    </SiteChrome>
  );
}

export const searchMetadata = (lang: Lang) =>
  pageMetadata({ lang, title: siteText(lang).search.title, description: siteText(lang).search.description, path: paths(lang).search(), editions: sitePage('search'), noindex: true });
