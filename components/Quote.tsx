import type { ReactNode } from 'react';
import { originalId, quoteId } from '@/lib/content/quotes';
import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';

export { originalId, quoteId };

type Props = {
  /** The speaker's English words; listed under "Citations originales", not shown here. */
  original: string;
  /** Its number in the story, given by the compiler (lib/content/mdx.ts), in document order. */
  n: string;
  /** Our translation. */
  children?: ReactNode;
  /** The closing guillemet (with its space) typed after the quotation, moved here by the compiler so the mark can follow it. */
  close?: string;
  /** The story's edition (only French stories translate quotations today). */
  lang: Lang;
};

/**
 * A quotation in our French, then a small "[traduction]" link to the speaker's English words at
 * the end of the story. Phrasing content only, so it sits inside a sentence or a block quotation.
 * In print the link cannot be followed, so the mark carries the number of the original instead.
 */
export function Quote({ n, children, close, lang }: Props) {
  const t = siteText(lang).quote;
  return (
    <span id={quoteId(n)}>
      {children}
      {close}
      {/* « … » [traduction]: after the closing guillemet, a space that does not break; with no
          guillemet, a word joiner. Either way the mark stays on the line of the quotation's end. */}
      {close ? '\u00a0' : '\u2060'}
      <sup className={`${close ? '' : 'ml-0.5 '}font-sans text-[0.7em] not-italic`} data-pagefind-ignore="">
        <a href={`#${originalId(n)}`} aria-label={t.markLabel}>
          [{t.mark}<span className="hidden print:inline"> {n}</span>]
        </a>
      </sup>
    </span>
  );
}
