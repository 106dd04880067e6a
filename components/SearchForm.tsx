import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';

type Props = {
  lang: Lang;
  /** Distinguishes the header's field from the search page's own. */
  id: string;
  defaultValue?: string;
};

/** A plain GET form to the edition's search page: it works from every page, and the results page does the searching. */
export function SearchForm({ lang, id, defaultValue }: Props) {
  const t = siteText(lang).search;
  return (
    // Named, so that on the search page it is not one of two search landmarks with the same name.
    <form role="search" aria-label={t.landmark} action={paths(lang).search()} method="get" className="flex items-center gap-1">
      <label htmlFor={id} className="sr-only">{t.label}</label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t.placeholder}
        className="w-28 rounded-md border border-gray-300 bg-white px-2 py-1 text-sm text-gray-900 placeholder:text-gray-600 sm:w-40 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100 dark:placeholder:text-gray-400"
      />
      <button type="submit" className="rounded-md bg-gray-900 px-2.5 py-1 text-sm font-medium text-white hover:bg-gray-700 dark:bg-gray-100 dark:text-gray-900 dark:hover:bg-white">
        {t.button}
      </button>
    </form>
  );
}
