import { ChartPicture } from '@/components/charts/ChartPicture';
import { isScheduled, type Story } from '@/lib/content/stories';
import { formatDateShown } from '@/lib/i18n/intl';
import type { Lang } from '@/lib/i18n/lang';
import { dekNoBreaks, headlineNoBreaks, JOIN_LIMIT } from '@/lib/i18n/line-breaks';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { site } from '@/lib/site';

type Props = {
  story: Story;
  lang: Lang;
  /** The home page's lead gets a larger headline. */
  lead?: boolean;
  /** Heading level of the headline, to fit the page's outline (the lead is always 2). */
  level?: 2 | 3;
};

/** A story's lead chart: the first it draws (not a chart it only quotes a figure from). */
export const leadChart = (story: Story) => story.datasets.find((d) => d.id === story.charts[0]);

export function StoryCard({ story, lang, lead = false, level = 3 }: Props) {
  const t = siteText(lang).story;
  const href = paths(lang).story(story.slug);
  const Heading = lead || level === 2 ? 'h2' : 'h3';
  const chart = lead ? leadChart(story) : undefined;
  const text = (
    <>
      <Heading className={`font-serif font-bold tracking-tight text-balance text-ink-strong ${lead ? 'text-3xl sm:text-5xl' : 'text-2xl'}`}>
        <a href={href} className="hover:underline">
          {headlineNoBreaks(story.title, lang, lead ? JOIN_LIMIT.headline : JOIN_LIMIT.cardHeadline)}
        </a>
      </Heading>
      <p className={`mt-3 font-serif text-pretty text-ink-soft ${lead ? 'text-xl' : 'text-lg'}`}>{dekNoBreaks(story.dek, lang)}</p>
      <p className="mt-3 text-sm text-ink-muted">
        <time dateTime={story.published}>{formatDateShown(story.published, 'long', lang, site.timeZone)}</time>
        <span aria-hidden="true">{'\u00a0· '}</span>
        {t.minutes(story.readingMinutes)}
        {story.draft ? <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{t.draftBadge}</span> : null}
        {!story.draft && isScheduled(story) ? <span className="ml-2 rounded bg-sky-200 px-1.5 py-0.5 text-xs font-semibold text-sky-950">{t.scheduledBadge}</span> : null}
      </p>
    </>
  );
  if (!chart) return <article className={lead ? 'border-b border-rule pb-8' : 'py-6'}>{text}</article>;
  // The lead leads with a picture: its lead chart, under the text in the page's one column (beside
  // it, the text column stood half empty next to a taller chart).
  return (
    <article className="border-b border-rule pb-8">
      {text}
      <div className="mt-6">
        <ChartPicture dataset={chart} href={`${href}#${chart.id}`} lang={lang} />
      </div>
    </article>
  );
}
