/**
 * Site-wide settings: every page, feed and absolute URL reads from here. The site's name and
 * description differ by edition, so they live with its other words, in lib/i18n/site.ts.
 */
import { NEWSROOM_TIME_ZONE } from './i18n/intl';

export const site = {
  /** Base URL for absolute links; set SITE_URL at build time for the real host. */
  url: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  /**
   * False when SITE_URL was not set: the site then only knows the address `npm start` serves it at,
   * so it names no canonical address (lib/metadata.ts), cards print no host, and the build warns.
   */
  hasPublicUrl: Boolean(process.env.SITE_URL),
  /** Dates are shown in the newsroom's time zone so every reader sees the same day. */
  timeZone: NEWSROOM_TIME_ZONE,
  publisher: { logo: '/logo.png' },
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString();
}
