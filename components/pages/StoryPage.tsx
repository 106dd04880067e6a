import { OriginalQuotes } from '@/components/OriginalQuotes';
import { StoryFooter } from '@/components/StoryFooter';
import { StoryHeader } from '@/components/StoryHeader';
import { SiteChrome } from '@/components/SiteChrome';
import { TableOfContents } from '@/components/TableOfContents';
import type { Story } from '@/lib/content/stories';
import { otherEdition, storyPage } from '@/lib/editions';
import { otherLang } from '@/lib/i18n/lang';
import { newsArticle, serializeJsonLd } from '@/lib/jsonld';
import { mdxComponents } from '@/mdx-components';

/** A story in its own edition: the language switch leads to its translation (or original) when there is one. */
export function StoryPage({ story }: { story: Story }) {
  const { lang } = story;
  const editions = storyPage(story);
  const other = otherEdition(editions, lang);
  const counterpart = other ? { url: other, lang: otherLang(lang) } : undefined;
  return (
    <SiteChrome lang={lang} alternate={other}>
      <article>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(newsArticle(story, lang, counterpart)) }} />
        <StoryHeader story={story} lang={lang} />
        <TableOfContents toc={story.toc} lang={lang} />
        <div data-pagefind-body className="prose page-column font-serif prose-headings:font-sans prose-headings:tracking-tight prose-blockquote:font-normal prose-blockquote:not-italic">
          <story.Body components={mdxComponents(story)} />
        </div>
        {/* A French story's quotations are our translations: the English words, each one tap from its quote. */}
        <OriginalQuotes quotes={story.quotes} lang={story.lang} />
        <StoryFooter story={story} lang={lang} />
      </article>
    </SiteChrome>
  );
}
