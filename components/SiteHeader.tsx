import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchForm } from './SearchForm';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader({ lang, alternate }: { lang: Lang; alternate?: string }) {
  const t = siteText(lang);
  const to = paths(lang);
  return (
    <header className="border-b border-gray-200 dark:border-gray-800">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 dark:focus:bg-gray-900">
        {t.skip}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <a href={to.home()} className="font-serif text-xl font-bold tracking-tight text-gray-950 no-underline dark:text-white">
          {t.name}
        </a>
        <nav aria-label={t.nav.label} className="no-print flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <a href={to.home()} className="text-gray-700 hover:underline dark:text-gray-300">{t.nav.stories}</a>
          <a href={to.tags()} className="text-gray-700 hover:underline dark:text-gray-300">{t.nav.topics}</a>
          <a href={to.about()} className="text-gray-700 hover:underline dark:text-gray-300">{t.nav.about}</a>
          <LanguageSwitch lang={lang} alternate={alternate} />
          <SearchForm id="site-search" lang={lang} />
          <ThemeToggle lang={lang} />
        </nav>
      </div>
    </header>
  );
}
