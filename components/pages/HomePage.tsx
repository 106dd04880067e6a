import { Pagination } from '@/components/Pagination';
import { SiteChrome } from '@/components/SiteChrome';
import { StoryCard } from '@/components/StoryCard';
import { getStories } from '@/lib/content/stories';
import { otherEdition, pageCount, pageOf, sitePage } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { pageMetadata } from '@/lib/metadata';

/**
 * The home page (`page` 1): the newest story, led by its chart, then the next newest, listLength in
 * all (lib/site.ts). Older stories are on pages of their own, /page/2/ and on, five times as many a
 * page (lib/editions.ts pageOf).
 */
export function HomePage({ lang, page = 1 }: { lang: Lang; page?: number }) {
  const t = siteText(lang);
  const stories = getStories({ lang });
  const count = pageCount(stories.length);
  const shown = pageOf(stories, page);
  const pages = (rule = true) => <Pagination lang={lang} page={page} count={count} href={(n) => paths(lang).home(n)} rule={rule} stated={page > 1} />;
  // A later page's language switch leads to the other edition's home page: its pages hold other stories.
  const alternate = otherEdition(sitePage('home'), lang);
  if (page > 1) {
    return (
      <SiteChrome lang={lang} alternate={alternate}>
        <div className="page-column">
          <h1 className="font-serif text-4xl font-bold tracking-tight">{t.home.older}</h1>
          <p className="mt-2 text-ink-muted">{t.pages.pageOf(page, count)}</p>
          <div className="mt-4 divide-y divide-rule">
            {shown.map((story) => (
              <StoryCard key={story.slug} story={story} lang={lang} level={2} />
            ))}
          </div>
          {pages()}
        </div>
      </SiteChrome>
    );
  }
  const [lead, ...rest] = shown;
  return (
    <SiteChrome lang={lang} alternate={alternate}>
      <div className="page-column">
        <h1 className="sr-only">{t.name}</h1>
        {lead ? <StoryCard story={lead} lang={lang} lead /> : <p>{t.home.none}</p>}
        {rest.length ? (
          <section aria-labelledby="more-heading" className="mt-8">
            <h2 id="more-heading" className="text-sm font-bold uppercase tracking-wide text-ink-muted">{t.home.more}</h2>
            <div className="divide-y divide-rule">
              {rest.map((story) => (
                <StoryCard key={story.slug} story={story} lang={lang} />
              ))}
            </div>
          </section>
        ) : null}
        {pages(rest.length > 0)}
      </div>
    </SiteChrome>
  );
}

export function homeMetadata(lang: Lang, page = 1) {
  const t = siteText(lang).home;
  if (page === 1) return pageMetadata({ lang, description: siteText(lang).description, path: paths(lang).home(), editions: sitePage('home') });
  const path = paths(lang).home(page);
  return pageMetadata({ lang, title: t.olderTitle(page), description: t.olderDescription(page), path, editions: { [lang]: path } });
}
