/**
 * Site-wide settings: every page, feed and absolute URL reads from here. The site's name and
 * description differ by edition, so they live with its other words, in lib/i18n/site.ts.
 */
import { timeZoneFrom } from './i18n/intl';

const zone = timeZoneFrom(process.env.NEWSROOM_TIME_ZONE);
// An unknown name: the check and the build go on in the default zone and say so; npm run desk refuses to start (scripts/desk.mjs).
if (zone.warning) console.warn(zone.warning);

export const site = {
  /** Base URL for absolute links; set SITE_URL at build time for the real host. */
  url: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  /**
   * False when SITE_URL was not set: the site then only knows the address `npm start` serves it at,
   * so it names no canonical address (lib/metadata.ts), cards print no host, and the build warns.
   */
  hasPublicUrl: Boolean(process.env.SITE_URL),
  /** Dates are shown in the newsroom's time zone so every reader sees the same day. */
  timeZone: zone.zone,
  publisher: { logo: '/logo.png' },
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path, site.url + '/').toString();
}
