import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';
import { originalId, quoteId } from './Quote';

/**
 * A quotation may end where the speaker's sentence goes on, at the source's comma ("…punitive," he
 * said): the original keeps that comma, which has no place before the list's closing quote mark.
 */
const listed = (original: string) => original.replace(/'/g, '’').replace(/,\s*$/, '');

/**
 * The English words of each translated quotation in a French story, numbered in the order they
 * appear, each linked back to its quotation. Nothing when the story quotes no one.
 */
export function OriginalQuotes({ quotes, lang }: { quotes: readonly { original: string }[]; lang: Lang }) {
  if (!quotes.length) return null;
  const t = siteText(lang).quote;
  return (
    <section aria-labelledby="vo-heading" className="page-column mt-12 text-sm">
      <h2 id="vo-heading" className="font-sans text-base font-bold">{t.heading}</h2>
      <ol className="mt-2 list-decimal space-y-2 pl-5 text-ink-soft">
        {quotes.map(({ original }, i) => (
          <li key={originalId(i + 1)} id={originalId(i + 1)}>
            <span lang="en">“{listed(original)}”</span>{' '}
            <a href={`#${quoteId(i + 1)}`} aria-label={t.back(i + 1)} className="no-print text-link">
              ↩︎
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
