import { LOCALE, type Lang } from './i18n/lang';
import { site } from './site';

/**
 * The one way the site writes a date for readers: Canadian newsroom style, "April 5, 2020", in the
 * site locale. The other styles are that same style, longer or shorter.
 */
const DATE_STYLES = {
  /** "April 5, 2020" */
  long: { dateStyle: 'long' },
  /** "Sunday, April 5, 2020" */
  weekday: { dateStyle: 'full' },
  /** "April 5" */
  monthDay: { month: 'long', day: 'numeric' },
  /** "Sun, Apr 5": where room is short, as on a chart axis */
  short: { weekday: 'short', month: 'short', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

/**
 * A bare "YYYY-MM-DD" is that calendar day wherever the build runs; a timestamp is shown in the
 * newsroom's time zone, so every reader sees the same day. In French the same styles read
 * "2 avril 2020", "jeudi 2 avril 2020", "2 avril", "jeu. 2 avr.", and the first of a month is
 * "1er avril", which Intl does not write.
 */
export function formatDate(iso: string, style: DateStyle = 'long', lang: Lang = 'en'): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const options = { ...DATE_STYLES[style], timeZone: day ? 'UTC' : site.timeZone };
  const parts = new Intl.DateTimeFormat(LOCALE[lang], options).formatToParts(new Date(day ? `${iso}T00:00:00Z` : iso));
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** "A, B and C"; in French, "A, B et C". */
export function formatList(names: readonly string[], lang: Lang = 'en'): string {
  return new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(names);
}
