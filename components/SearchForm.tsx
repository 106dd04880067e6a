import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';

type Props = {
  lang: Lang;
  /** Distinguishes the header's field from the search page's own. */
  id: string;
  defaultValue?: string;
};

/**
 * Beside the nav on a phone narrower than 375 px, the box is narrowest in French (room for about
 * six letters at 320 px, eight at 360): a placeholder longer than eight letters (« Rechercher »)
 * is not shown there, rather than cut to « Rech ». The magnifier beside the box, and its label for
 * a screen reader, still say what it is for.
 */
const LONG_PLACEHOLDER = 8;

/** A plain GET form to the edition's search page: it works from every page, and the results page does the searching. */
export function SearchForm({ lang, id, defaultValue }: Props) {
  const t = siteText(lang).search;
  return (
    // Named, so that on the search page it is not one of two search landmarks with the same name.
    <form role="search" aria-label={t.landmark} action={paths(lang).search()} method="get" className="ml-auto flex min-w-0 flex-1 items-center gap-1 sm:ml-0 sm:flex-none">
      <label htmlFor={id} className="sr-only">{t.label}</label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t.placeholder}
        className={`w-full min-w-0 rounded-md border border-edge bg-field px-2 py-1 text-sm text-ink placeholder:text-ink-muted sm:w-40 ${t.placeholder.length > LONG_PLACEHOLDER ? 'max-[374px]:placeholder:text-transparent' : ''}`}
      />
      {/* A magnifier on a phone, where the word would squeeze the box; the word itself from sm up, and always to a screen reader. */}
      <button type="submit" className="inline-flex shrink-0 items-center rounded-md bg-ink px-2 py-1 text-sm font-medium text-on-ink hover:bg-ink-press sm:px-2.5">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="20" className="sm:hidden" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4.5 4.5" strokeLinecap="round" />
        </svg>
        <span className="sr-only sm:not-sr-only">{t.button}</span>
      </button>
    </form>
  );
}
