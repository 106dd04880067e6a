import type { ReactNode } from 'react';
import { originalId, quoteId } from '@/lib/content/quotes';

/**
 * The words around a translated quotation. Only a French story holds <Quote>, so they are French;
 * the site's catalogue (lib/i18n/site.ts) is for what both editions show.
 */
export const QUOTE_TEXT = {
  mark: 'traduction',
  markLabel: 'traduction : voir les mots originaux en anglais',
  heading: 'Citations originales',
  back: (n: number) => `Retour à la citation ${n}`,
};

export { originalId, quoteId };

type Props = {
  /** The speaker's English words; listed under "Citations originales", not shown here. */
  original: string;
  /** Its number in the story, given by the compiler (lib/content/mdx.ts), in document order. */
  n: string;
  /** Our translation. */
  children?: ReactNode;
};

/**
 * A quotation in our French, then a small "[traduction]" link to the speaker's English words at
 * the end of the story. Phrasing content only, so it sits inside a sentence or a block quotation.
 * In print the link cannot be followed, so the mark carries the number of the original instead.
 */
export function Quote({ n, children }: Props) {
  return (
    <span id={quoteId(n)}>
      {children}
      {/* A word joiner: the mark stays on the line of the quotation's last word. */}
      {'\u2060'}
      <sup className="ml-0.5 font-sans text-[0.7em] not-italic" data-pagefind-ignore="">
        <a href={`#${originalId(n)}`} aria-label={QUOTE_TEXT.markLabel}>
          [{QUOTE_TEXT.mark}<span className="hidden print:inline"> {n}</span>]
        </a>
      </sup>
    </span>
  );
}
