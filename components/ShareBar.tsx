import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';
import { shareLinks } from '@/lib/share';
import { ShareActions } from './ShareActions';

type Props = {
  /** Absolute URL to share. */
  url: string;
  title: string;
  summary?: string;
  /** Names the bar for screen readers, e.g. "Share this story". */
  label?: string;
  lang: Lang;
};

/** Share links that work without JavaScript; the native share sheet and copy button arrive with it. */
export function ShareBar({ url, title, summary, label, lang }: Props) {
  const t = siteText(lang).share;
  return (
    <nav aria-label={label ?? t.story} className="no-print flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <ShareActions url={url} title={title} summary={summary} lang={lang} />
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {/* Each link at least 24 × 24 px to tap (WCAG 2.2 target size), not just its 16 px line of text. */}
        {shareLinks(url, title, summary, lang).map((link) => (
          <li key={link.name}>
            <a href={link.href} target="_blank" rel="noopener noreferrer" className="text-link inline-flex min-h-6 min-w-6 items-center justify-center">
              {link.name}
              <span className="sr-only"> {t.newTab}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
