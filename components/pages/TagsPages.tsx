import { Pagination } from '@/components/Pagination';
import { SiteChrome } from '@/components/SiteChrome';
import { StoryCard } from '@/components/StoryCard';
import { editionTags, otherEdition, pageCount, pageOf, sitePage, tagPage } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText, tagName } from '@/lib/i18n/site';
import { pageMetadata } from '@/lib/metadata';

export function TagsPage({ lang }: { lang: Lang }) {
  const t = siteText(lang).tags;
  return (
    <SiteChrome lang={lang} alternate={otherEdition(sitePage('tags'), lang)}>
      <div className="page-column">
        <h1 className="font-serif text-4xl font-bold tracking-tight">{t.title}</h1>
        <ul className="mt-6 grid gap-3 sm:grid-cols-2">
          {editionTags(lang).map(({ tag, stories }) => (
            <li key={tag}>
              <a href={paths(lang).tag(tag)} className="block rounded-md border border-rule p-4 hover:border-edge-strong">
                <span className="block font-semibold">{tagName(tag, lang)}</span>
                <span className="block text-sm text-ink-muted">{t.stories(stories.length)}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </SiteChrome>
  );
}

/** A topic's page (`page` 1) or one of its later pages: its stories, newest first, cut into pages as the home page's are. */
export function TagPage({ lang, tag, page = 1 }: { lang: Lang; tag: string; page?: number }) {
  const t = siteText(lang).tags;
  const entry = editionTags(lang).find((e) => e.tag === tag);
  // Only tags in use get a page (generateStaticParams); anything else is a bug, not a reader's mistake.
  if (!entry) throw new Error(`No ${lang} stories carry the tag "${tag}"`);
  const count = pageCount(entry.stories.length);
  return (
    <SiteChrome lang={lang} alternate={otherEdition(tagPage(tag), lang)}>
      <div className="page-column">
        <p className="text-sm font-bold uppercase tracking-wide text-alert">{t.topic}</p>
        <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight">{tagName(tag, lang)}</h1>
        <p className="mt-2 text-ink-muted">{t.newestFirst(entry.stories.length)}</p>
        {/* Its own line: joined to the count by a dot, a break could leave the dot at a line's end. */}
        {page > 1 ? <p className="text-ink-muted">{siteText(lang).pages.pageOf(page, count)}</p> : null}
        <div className="mt-4 divide-y divide-rule">
          {pageOf(entry.stories, page).map((story) => (
            <StoryCard key={story.slug} story={story} lang={lang} level={2} />
          ))}
        </div>
        <Pagination lang={lang} page={page} count={count} href={(n) => paths(lang).tag(tag, n)} stated={page > 1} />
      </div>
    </SiteChrome>
  );
}

export const tagsMetadata = (lang: Lang) =>
  pageMetadata({ lang, title: siteText(lang).tags.title, description: siteText(lang).tags.description, path: paths(lang).tags(), editions: sitePage('tags') });

export function tagMetadata(lang: Lang, tag: string, page = 1) {
  const t = siteText(lang).tags;
  const title = t.pageTitle(tagName(tag, lang));
  const description = t.pageDescription(tagName(tag, lang));
  if (page === 1) return pageMetadata({ lang, title, description, path: paths(lang).tag(tag), editions: tagPage(tag) });
  // A later page names no counterpart: the other edition's pages of the topic hold other stories.
  const path = paths(lang).tag(tag, page);
  const { titled, topicDescription } = siteText(lang).pages;
  return pageMetadata({ lang, title: titled(title, page), description: topicDescription(tagName(tag, lang), page), path, editions: { [lang]: path } });
}
