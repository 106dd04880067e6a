import { SiteChrome } from '@/components/SiteChrome';
import { StoryCard } from '@/components/StoryCard';
import { getStories } from '@/lib/content/stories';
import { otherEdition, sitePage } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/i18n/paths';
import { siteText } from '@/lib/i18n/site';
import { pageMetadata } from '@/lib/metadata';

export function HomePage({ lang }: { lang: Lang }) {
  const t = siteText(lang);
  const [lead, ...rest] = getStories({ lang });
  return (
    <SiteChrome lang={lang} alternate={otherEdition(sitePage('home'), lang)}>
      <div className="page-column">
        <h1 className="sr-only">{t.name}</h1>
        {lead ? <StoryCard story={lead} lang={lang} lead /> : <p>{t.home.none}</p>}
        {rest.length ? (
          <section aria-labelledby="more-heading" className="mt-8">
            <h2 id="more-heading" className="text-sm font-bold uppercase tracking-wide text-ink-muted">{t.home.more}</h2>
            <div className="divide-y divide-rule">
              {rest.map((story) => (
                <StoryCard key={story.slug} story={story} lang={lang} />
              ))}
            </div>
          </section>
        ) : null}
      </div>
    </SiteChrome>
  );
}

export const homeMetadata = (lang: Lang) =>
  pageMetadata({ lang, description: siteText(lang).description, path: paths(lang).home(), editions: sitePage('home') });
