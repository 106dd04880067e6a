import fs from 'node:fs';
import type { Root, RootContent } from 'mdast';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { absoluteUrl } from '../site';
import { parseMdx } from './derive';
import type { Story } from './stories';

/**
 * A story's body as plain HTML for feed readers, which run no scripts and load no styles:
 * each chart becomes a link to it on the story page; links are made absolute.
 */
export function storyHtml(story: Story, chartTitle: (id: string) => string): string {
  const tree = parseMdx(fs.readFileSync(story.file, 'utf8'));
  const pageUrl = absoluteUrl(`/stories/${story.slug}/`);
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const id = node.name === 'Chart' ? node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value : undefined;
      const link = typeof id === 'string' ? { type: 'link' as const, url: `${pageUrl}#${id}`, children: [{ type: 'text' as const, value: `Chart: ${chartTitle(id)}` }] } : undefined;
      // A chart on its own line becomes a paragraph; one inside a sentence, just the link.
      const replacement: RootContent[] = !link ? [] : node.type === 'mdxJsxFlowElement' ? [{ type: 'paragraph', children: [link] }] : [link];
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index + replacement.length];
    }
    if (node.type === 'link' && node.url.startsWith('/')) node.url = absoluteUrl(node.url);
    if (node.type === 'link' && node.url.startsWith('#')) node.url = pageUrl + node.url;
  });
  const hast = unified().use(remarkRehype).use(rehypeSlug).runSync(tree as Root);
  return unified().use(rehypeStringify).stringify(hast);
}
