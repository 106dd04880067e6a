import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';

export function SiteFooter({ lang }: { lang: Lang }) {
  const t = siteText(lang);
  const to = paths(lang);
  return (
    <footer className="no-print mt-16 border-t border-gray-200 text-sm text-gray-600 dark:border-gray-800 dark:text-gray-400">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-6">
        <p>
          {t.footerBlurb}
        </p>
        <p>
          <a href={to.corrections()} className="underline">{t.corrections.title}</a>
          <span aria-hidden="true"> · </span>
          <a href={`${to.about()}#corrections`} className="underline">{t.corrections.policyLink}</a>
        </p>
      </div>
    </footer>
  );
}
