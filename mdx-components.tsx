import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef } from 'react';
import { Chart } from '@/components/charts/Chart';
import { HeadingWithAnchor } from '@/components/HeadingWithAnchor';
import { site } from '@/lib/site';

/**
 * Internal links are plain anchors: every page is a static file, and a full load of a few
 * kilobytes beats shipping a client router. Links to other sites never pass on the referrer.
 */
function MdxLink({ href = '', children, ...props }: ComponentPropsWithoutRef<'a'>) {
  const external = !href.startsWith('/') && !href.startsWith('#');
  return (
    <a href={href} rel={external ? 'noopener noreferrer' : undefined} {...props}>
      {children}
    </a>
  );
}

/** The one map from MDX to components; stories may use every entry by name. */
export const mdxComponents = {
  a: MdxLink,
  h2: (props: ComponentPropsWithoutRef<'h2'>) => <HeadingWithAnchor level={2} {...props} />,
  h3: (props: ComponentPropsWithoutRef<'h3'>) => <HeadingWithAnchor level={3} {...props} />,
  /** A chart from content/data/<id>.json, with absolute CSV and embed links. */
  Chart: (props: ComponentPropsWithoutRef<typeof Chart>) => <Chart siteUrl={site.url} {...props} />,
} satisfies MDXComponents;

/** Names an editor can use as <Name /> in a story (elements in lower case are plain HTML). */
export const storyComponentNames = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));

export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...components, ...mdxComponents };
}
