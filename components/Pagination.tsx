import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';

type Props = { lang: Lang; page: number; count: number; href: (page: number) => string };

const LINK = 'inline-flex min-h-11 items-center gap-1 font-medium text-link';

/**
 * The way between a list's pages, at its foot: the newer page, where the reader is, the older page.
 * Plain links, which work without script; nothing on a list of one page.
 */
export function Pagination({ lang, page, count, href }: Props) {
  if (count < 2) return null;
  const t = siteText(lang).pages;
  return (
    <nav aria-label={t.label} className="mt-8 border-t border-rule pt-4">
      <p className="text-sm text-ink-muted">{t.pageOf(page, count)}</p>
      <div className="flex flex-wrap gap-x-5">
        {page > 1 ? (
          <a href={href(page - 1)} rel="prev" className={LINK}>
            <span aria-hidden="true">←</span>
            {t.newer}
          </a>
        ) : null}
        {page < count ? (
          <a href={href(page + 1)} rel="next" className={`${LINK} ml-auto`}>
            {t.older}
            <span aria-hidden="true">→</span>
          </a>
        ) : null}
      </div>
    </nav>
  );
}
