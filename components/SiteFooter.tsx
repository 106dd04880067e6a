import type { Lang } from '@/lib/i18n/lang';
import { headlineNoBreaks, JOIN_LIMIT } from '@/lib/i18n/line-breaks';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';

export function SiteFooter({ lang }: { lang: Lang }) {
  const t = siteText(lang);
  const to = paths(lang);
  return (
    <footer className="no-print mt-10 border-t border-rule text-sm text-ink-muted sm:mt-16">
      {/* The blurb joins its words as a chart title does (14 px is smaller still) and avoids a short
          last line: "built from the / reporting" and "names its / source." were its lines at 360 px.
          Two lines in both editions at every width: side by side, the longer French blurb pushed the links to a row of their own.
          On the page's text column, as the story's own sources and corrections above it: the colophon
          closes the text, so it starts where the text starts (the header spans the wider grid, a masthead). */}
      <div className="px-4 py-6">
        <div className="page-column space-y-2">
          <p className="text-pretty">{headlineNoBreaks(t.footerBlurb, lang, JOIN_LIMIT.chartTitle)}</p>
          <p>
            <a href={to.corrections()} className="text-link">{t.corrections.title}</a>
            <span aria-hidden="true"> · </span>
            <a href={`${to.about()}#corrections`} className="text-link">{t.corrections.policyLink}</a>
          </p>
        </div>
      </div>
    </footer>
  );
}
