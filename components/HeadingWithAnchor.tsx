import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Children, isValidElement } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { headlineNoBreaks, JOIN_LIMIT } from '@/lib/i18n/line-breaks';
import { siteText } from '@/lib/i18n/site';

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return Children.toArray(node).map(textOf).join('');
}

type Props = ComponentPropsWithoutRef<'h2'> & { level: 2 | 3; edition: Lang };

/**
 * A section heading with a "#" link a reader can copy; the id comes from the compiler (lib/content/derive.ts
 * headingIds). The link shows on hover and keyboard focus (app/globals.css, .heading-anchor).
 * Its words break as a headline's do, balanced and by sense ("The dispute at a / glance" left a word
 * alone on a phone): its plain text is joined where it belongs together, never its links or markup.
 */
export function HeadingWithAnchor({ level, id, edition, children, ...props }: Props) {
  const Tag = level === 2 ? 'h2' : 'h3';
  const [limit, pair] = level === 2 ? [JOIN_LIMIT.sectionHeading, JOIN_LIMIT.sectionPair] : [JOIN_LIMIT.subheading, JOIN_LIMIT.subheading];
  return (
    <Tag id={id} className="group scroll-mt-4 text-balance" {...props}>
      {Children.map(children, (child) => (typeof child === 'string' ? headlineNoBreaks(child, edition, limit, pair) : child))}
      {id ? (
        <a href={`#${id}`} data-pagefind-ignore className="heading-anchor no-print ml-2 font-sans font-normal text-ink-faint no-underline hover:text-ink-bright" aria-label={siteText(edition).story.anchor(textOf(children))}>
          #
        </a>
      ) : null}
    </Tag>
  );
}
