import type { Story } from '@/lib/content/stories';
import { formatDateShown } from '@/lib/i18n/intl';
import { colon, type Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { absoluteUrl, site } from '@/lib/site';

/**
 * A mailto: link that opens a message to the editors already naming the story, by its title and
 * address: what the About page asks a reader to say.
 */
export const reportHref = (email: string, title: string, url: string, lang: Lang) =>
  `mailto:${email}?subject=${encodeURIComponent(siteText(lang).story.errorSpotted.subject(title))}&body=${encodeURIComponent(`${url}\n\n`)}`;

/** Sources and corrections close every story, in print too. */
export function StoryFooter({ story, lang, email = site.correctionsEmail }: { story: Story; lang: Lang; email?: string }) {
  const t = siteText(lang).story;
  const e = t.errorSpotted;
  return (
    <footer className="page-column mt-12 space-y-8 border-t border-rule pt-8 text-sm">
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="font-sans text-base font-bold">{t.sources}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-ink-soft">
          {story.sources.map((source) => (
            <li key={`${source.name}-${source.date}`}>
              {source.url ? <a href={source.url} rel="noopener noreferrer" className="text-link">{source.name}</a> : source.name},{' '}
              <time dateTime={source.date}>{formatDateShown(source.date, 'long', lang)}</time>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="corrections-heading">
        <h2 id="corrections-heading" className="font-sans text-base font-bold">{t.corrections}</h2>
        {story.corrections.length ? (
          <ul className="mt-2 space-y-2 text-ink-soft">
            {story.corrections.map((c) => (
              <li key={`${c.date}-${c.text}`}>
                <time dateTime={c.date} className="font-semibold">{formatDateShown(c.date, 'long', lang)}</time>{colon(lang)}{c.text}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-ink-soft">{t.noCorrections}</p>
        )}
        <p className="mt-2 text-ink-muted">
          {e.ask}{' '}
          {email && (
            <>
              <a href={reportHref(email, story.title, absoluteUrl(paths(lang).story(story.slug)), lang)} className="text-link">
                {e.write}
              </a>{' '}
            </>
          )}
          {email ? e.orReadOur : e.readOur} <a href={`${paths(lang).about()}#corrections`} className="text-link whitespace-nowrap">{t.policy}</a>.
        </p>
      </section>
    </footer>
  );
}
