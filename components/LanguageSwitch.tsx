import { LOCALE, otherLang, type Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';

/**
 * "Français" on an English page, "English" on a French one: it leads to this same page in the other
 * edition (from a list's later page, to the other edition's first page of that list: its later
 * pages hold other stories). A page with no counterpart (a story not yet translated) says so and leads to the other
 * edition's home page. Never an automatic redirect: the reader chooses.
 */
export function LanguageSwitch({ lang, alternate }: { lang: Lang; alternate?: string }) {
  const target = otherLang(lang);
  const t = siteText(lang).languageSwitch;
  return (
    <a
      href={alternate ?? paths(target).home()}
      hrefLang={LOCALE[target]}
      lang={LOCALE[target]}
      data-language-switch
      className="inline-flex min-h-6 min-w-6 items-center font-medium text-ink-control underline decoration-gray-400 underline-offset-2 hover:decoration-current"
    >
      {alternate ? t.name : t.missing}
    </a>
  );
}
