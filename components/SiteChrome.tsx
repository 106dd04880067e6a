import type { ReactNode } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

type Props = {
  lang: Lang;
  /** This page in the other edition, if it has one: where the language switch leads. */
  alternate?: string;
  children: ReactNode;
};

/** Header, main landmark and footer around every site page (not around chart embeds). */
export function SiteChrome({ lang, alternate, children }: Props) {
  return (
    <>
      <SiteHeader lang={lang} alternate={alternate} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
