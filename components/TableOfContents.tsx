import type { TocEntry } from '@/lib/content/derive';
import type { Lang } from '@/lib/i18n/lang';
import { siteText } from '@/lib/i18n/site';

export function TableOfContents({ toc, lang }: { toc: TocEntry[]; lang: Lang }) {
  if (toc.length < 2) return null;
  return (
    <nav aria-labelledby="toc-heading" className="no-print page-column my-8 rounded-md bg-panel p-4 text-sm">
      <h2 id="toc-heading" className="font-semibold text-ink">{siteText(lang).story.toc}</h2>
      <ol className="mt-2 space-y-1.5">
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
            <a href={`#${entry.id}`} className="text-link">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
