import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';
import { Chart } from '@/components/charts/Chart';
import { HeadingWithAnchor } from '@/components/HeadingWithAnchor';
import { site } from '@/lib/site';

function MdxLink({ href = '', children, ...props }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/') || href.startsWith('#')) {
    return <Link href={href} {...props}>{children}</Link>;
  }
  return <a href={href} rel="noopener noreferrer" {...props}>{children}</a>;
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
