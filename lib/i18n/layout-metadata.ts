import type { Metadata } from 'next';
import type { Lang } from './lang';
import { siteText } from './site';

/** Title template and default description of an edition's pages. */
export function editionMetadata(lang: Lang): Metadata {
  const t = siteText(lang);
  return { title: { default: t.name, template: `%s · ${t.name}` }, description: t.description };
}
