import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

/**
 * One row on a wide screen; two on a phone (the name with the language and theme switches, then
 * the sections with the search box), so the story starts in the first screen. Every control stays
 * in reach at every width: none is folded into a menu. It spans the site's wider grid (64 rem), not
 * the 37 rem text column, as a newspaper's masthead spans the page above its columns: its one row
 * of controls needs about 56 rem in French, and it frames the figures that break out of the column.
 */
export function SiteHeader({ lang, alternate }: { lang: Lang; alternate?: string }) {
  const t = siteText(lang);
  const to = paths(lang);
  // At least 24 × 24 px to tap (WCAG 2.2 target size): the row's height is the search box's, so the header grows not at all.
  const link = 'inline-flex min-h-6 min-w-6 items-center text-ink-soft hover:underline';
  return (
    <header className="border-b border-rule">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-field focus:p-2">
        {t.skip}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-2 sm:flex-nowrap sm:py-3">
        <a href={to.home()} className="mr-auto font-serif text-xl font-bold tracking-tight text-ink-strong no-underline">
          {t.name}
        </a>
        <div className="no-print order-last flex w-full items-center gap-x-3 text-sm sm:order-none sm:w-auto sm:gap-x-4">
          <nav aria-label={t.nav.label} className="flex items-center gap-x-3 sm:gap-x-4">
            <a href={to.home()} className={link}>{t.nav.stories}</a>
            <a href={to.tags()} className={link}>{t.nav.topics}</a>
            <a href={to.about()} className={link}>{t.nav.about}</a>
          </nav>
          <SearchForm id="site-search" lang={lang} />
        </div>
        <div className="no-print flex items-center gap-x-3 text-sm">
          <LanguageSwitch lang={lang} alternate={alternate} />
          <ThemeToggle lang={lang} />
        </div>
      </div>
    </header>
  );
}
