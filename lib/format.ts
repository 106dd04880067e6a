import { site } from './site';

const dateFormat = new Intl.DateTimeFormat(site.locale, { dateStyle: 'long', timeZone: site.timeZone });

/** "November 20, 2026" style (the site locale), in the newsroom's time zone. A bare YYYY-MM-DD is that calendar day. */
export function formatDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return new Intl.DateTimeFormat(site.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return dateFormat.format(new Date(iso));
}

export function formatList(names: readonly string[]): string {
  return new Intl.ListFormat(site.locale, { type: 'conjunction' }).format(names);
}

const TAG_LABELS: Record<string, string> = { '3m': '3M', 'defense-production-act': 'Defense Production Act' };

/** "health-care" → "Health care"; names with their own spelling are listed above. */
export function tagLabel(tag: string): string {
  if (TAG_LABELS[tag]) return TAG_LABELS[tag];
  const words = tag.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
