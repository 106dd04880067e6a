import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';

/**
 * Light/dark switch (wired by components/enhance/theme.ts). Shown only with JavaScript, which it
 * needs; the knob follows the .dark class, so it is right from the first paint.
 */
export function ThemeToggle({ lang }: { lang: Lang }) {
  return (
    <button
      type="button"
      data-theme-toggle
      aria-pressed="false"
      className="js-only no-print inline-flex items-center gap-2 rounded-md px-1 py-1.5 sm:px-2 text-sm font-medium text-ink-control hover:bg-wash"
    >
      <span aria-hidden="true" className="relative h-5 w-9 rounded-full bg-track transition-colors">
        <span className="absolute left-0.5 top-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform dark:translate-x-4" />
      </span>
      {/* The switch alone on a phone; its name is still read out. */}
      <span className="sr-only sm:not-sr-only">{siteText(lang).theme}</span>
    </button>
  );
}
