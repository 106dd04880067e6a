import { showsUpdated } from '@/lib/content/dates';
import { isScheduled, modifiedAt, type Story } from '@/lib/content/stories';
import { formatDateShown, formatList } from '@/lib/i18n/intl';
import type { Lang } from '@/lib/i18n/lang';
import { dekNoBreaks, headlineNoBreaks } from '@/lib/i18n/line-breaks';
import { paths } from '@/lib/i18n/paths';
import { siteText, tagName } from '@/lib/i18n/site';
import { absoluteUrl, site } from '@/lib/site';
import { ShareBar } from './ShareBar';

export function StoryHeader({ story, lang }: { story: Story; lang: Lang }) {
  const t = siteText(lang).story;
  const date = (iso: string) => formatDateShown(iso, 'long', lang, site.timeZone);
  const modified = modifiedAt(story);
  const showUpdated = showsUpdated(story.published, modified, date);
  return (
    <header className="page-column">
      {story.draft ? (
        <p className="mb-4 rounded bg-amber-100 px-3 py-2 text-sm font-semibold text-amber-950">{t.draft}</p>
      ) : isScheduled(story) ? (
        <p className="mb-4 rounded bg-sky-100 px-3 py-2 text-sm font-semibold text-sky-950">{t.scheduled(date(story.published))}</p>
      ) : null}
      <ul className="flex flex-wrap gap-x-3 text-sm font-semibold uppercase tracking-wide" aria-label={t.topics}>
        {story.tags.map((tag) => (
          <li key={tag}>
            <a href={paths(lang).tag(tag)} className="inline-block py-0.5 text-alert hover:underline">{tagName(tag, lang)}</a>
          </li>
        ))}
      </ul>
      <h1 data-pagefind-meta="title" className="mt-3 font-serif text-headline font-bold tracking-tight text-balance text-ink-strong sm:text-5xl">{headlineNoBreaks(story.title, lang)}</h1>
      <p className="mt-4 font-serif text-xl text-pretty text-ink-soft">{dekNoBreaks(story.dek, lang)}</p>
      <div className="mt-6 border-y border-rule py-3 text-sm text-ink-soft">
        <p>{t.by(formatList(story.byline, lang))}</p>
        <p className="mt-1 text-ink-muted">
          {t.published} <time dateTime={story.published}>{date(story.published)}</time>
          {showUpdated ? (
            <>
              <span aria-hidden="true">{'\u00a0· '}</span>{t.updated} <time dateTime={modified}>{date(modified)}</time>
            </>
          ) : null}
          <span aria-hidden="true">{'\u00a0· '}</span>
          {t.minutes(story.readingMinutes)}
        </p>
      </div>
      <div className="mt-3">
        <ShareBar url={absoluteUrl(paths(lang).story(story.slug))} title={story.title} summary={story.dek} lang={lang} />
      </div>
    </header>
  );
}
