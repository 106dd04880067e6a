import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';

type Props = { url: string; title: string; summary?: string; lang: Lang };

const button =
  'rounded-md border border-edge px-2.5 py-1 font-medium text-ink-control hover:bg-wash';

/**
 * Native share sheet (where the browser has one) and copy link, wired by components/enhance/share.ts.
 * Without JavaScript they could do nothing, so they show only with it (see .js-only in globals.css).
 */
export function ShareActions({ url, title, summary, lang }: Props) {
  const t = siteText(lang).share;
  return (
    <span className="js-only inline-flex flex-wrap items-center gap-2" data-share data-url={url} data-title={title} data-text={summary} data-copied={t.copied} data-copy-failed={t.copyFailed}>
      <button type="button" className={`share-native ${button}`} data-share-native>
        {t.native}
      </button>
      <button type="button" className={button} data-copy-link>
        {t.copy}
      </button>
      <span role="status" data-share-status className="text-ok" />
    </span>
  );
}
