import { SiteChrome } from '@/components/SiteChrome';
import { getStories } from '@/lib/content/stories';
import { formatDateShown } from '@/lib/i18n/intl';
import { otherEdition, sitePage } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { pageMetadata } from '@/lib/metadata';

export function CorrectionsPage({ lang }: { lang: Lang }) {
  const t = siteText(lang).corrections;
  const corrections = getStories({ lang })
    .flatMap((story) => story.corrections.map((correction) => ({ story, ...correction })))
    .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
  return (
    <SiteChrome lang={lang} alternate={otherEdition(sitePage('corrections'), lang)}>
      <div className="page-column">
        <h1 className="font-serif text-4xl font-bold tracking-tight">{t.title}</h1>
        <p className="mt-3 text-ink-soft">
          {t.intro} <a href={`${paths(lang).about()}#corrections`} className="text-link">{t.readPolicy}</a>.
        </p>
        {corrections.length ? (
          <ol className="mt-8 space-y-6">
            {corrections.map(({ story, date, text }) => (
              <li key={`${story.slug}-${date}-${text}`} className="border-l-4 border-alert pl-4">
                <p className="text-sm text-ink-muted"><time dateTime={date}>{formatDateShown(date, 'long', lang)}</time></p>
                <p className="mt-1 font-serif text-lg font-bold">
                  <a href={`${paths(lang).story(story.slug)}#corrections-heading`} className="hover:underline">{story.title}</a>
                </p>
                <p className="mt-1 text-ink-note">{text}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-8 text-ink-soft">{t.none}</p>
        )}
      </div>
    </SiteChrome>
  );
}

export const correctionsMetadata = (lang: Lang) =>
  pageMetadata({ lang, title: siteText(lang).corrections.title, description: siteText(lang).corrections.description, path: paths(lang).corrections(), editions: sitePage('corrections') });
