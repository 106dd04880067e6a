import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';

type Props = {
  lang: Lang;
  page: number;
  count: number;
  href: (page: number) => string;
  /** False where a rule is already above it (a lead story's card alone on its page). */
  rule?: boolean;
  /** The page's header already says where the reader is (a later page): screen readers hear it once. */
  stated?: boolean;
};

// The label alone is underlined: with the arrow inside the underline, the line broke at the gap.
const LINK = 'inline-flex min-h-11 items-center gap-1 font-medium text-(--link)';
const LABEL = 'text-link';

/**
 * The way between a list's pages, at its foot: the newer page, where the reader is, the older page.
 * Plain links, which work without script; nothing on a list of one page.
 */
export function Pagination({ lang, page, count, href, rule = true, stated = false }: Props) {
  if (count < 2) return null;
  const t = siteText(lang).pages;
  // Two columns: "Newer" always at left, "Older" always at right, each label wrapping inside its
  // half rather than dropping onto a row of its own.
  return (
    <nav aria-label={t.label} className={rule ? 'mt-8 border-t border-rule pt-4' : 'mt-4'}>
      <p className="text-sm text-ink-muted" aria-hidden={stated || undefined}>
        {t.pageOf(page, count)}
      </p>
      <div className="grid grid-cols-2 gap-x-5">
        {page > 1 ? (
          <a href={href(page - 1)} rel="prev" className={LINK}>
            <span aria-hidden="true">←</span>
            <span className={LABEL}>{t.newer}</span>
          </a>
        ) : null}
        {page < count ? (
          <a href={href(page + 1)} rel="next" className={`${LINK} col-start-2 justify-self-end text-right`}>
            <span className={LABEL}>{t.older}</span>
            <span aria-hidden="true">→</span>
          </a>
        ) : null}
      </div>
    </nav>
  );
}
