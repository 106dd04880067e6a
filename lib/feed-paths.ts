import type { Lang } from './i18n/lang';
import { paths } from './i18n/paths';
import { siteText } from './i18n/site';

/** An edition's feeds: where they live, their type, and the title readers' apps show. */
export function feedsOf(lang: Lang) {
  const name = siteText(lang).name;
  const at = paths(lang).feed;
  return {
    rss: { path: at('rss'), type: 'application/rss+xml', title: `${name} (RSS)` },
    atom: { path: at('atom'), type: 'application/atom+xml', title: `${name} (Atom)` },
    json: { path: at('json'), type: 'application/feed+json', title: `${name} (JSON Feed)` },
  } as const;
}
