/**
 * The site's two editions. Each has the BCP 47 tag its pages, feeds and formatting use; English is
 * the default, so a call that names no language keeps writing English.
 */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** Language tags for `<html lang>`, hreflang, og:locale (with "_") and Intl. */
export const LOCALE: Record<Lang, 'en-CA' | 'fr-CA'> = { en: 'en-CA', fr: 'fr-CA' };

/** A non-breaking space: French puts one between a number and its unit or "%", and groups digits with it. */
export const NBSP = '\u00a0';
