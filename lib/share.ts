import type { Lang } from './i18n/lang';
import { siteText } from './i18n/site';

/** Plain share links: no scripts, no trackers; each service's own public share address. */
export function shareLinks(url: string, title: string, summary: string | undefined, lang: Lang) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const both = encodeURIComponent(`${title} ${url}`);
  return [
    { name: siteText(lang).share.email, href: `mailto:?subject=${t}&body=${encodeURIComponent(`${summary ? `${summary}\n\n` : ''}${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${both}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${both}` },
  ];
}
