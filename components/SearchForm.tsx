type Props = {
  /** Distinguishes the header's field from the search page's own. */
  id: string;
  defaultValue?: string;
};

/** A plain GET form to /search/: it works from every page, and the results page does the searching. */
export function SearchForm({ id, defaultValue }: Props) {
  return (
    // Named, so that on the search page it is not one of two search landmarks with the same name.
    <form role="search" aria-label="Site search" action="/search/" method="get" className="flex items-center gap-1">
      <label htmlFor={id} className="sr-only">Search stories</label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Search"
        className="w-28 rounded-md border border-gray-300 bg-white px-2 py-1 text-sm text-gray-900 placeholder:text-gray-600 sm:w-40 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-100 dark:placeholder:text-gray-400"
      />
      <button type="submit" className="rounded-md bg-gray-900 px-2.5 py-1 text-sm font-medium text-white hover:bg-gray-700 dark:bg-gray-100 dark:text-gray-900 dark:hover:bg-white">
        Search
      </button>
    </form>
  );
}
