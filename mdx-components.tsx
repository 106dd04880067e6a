import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import type { ComponentPropsWithoutRef } from 'react';
import { Chart } from '@/components/ChartSlot';
import { HeadingWithAnchor } from '@/components/HeadingWithAnchor';

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
  Chart,
} satisfies MDXComponents;

/** Names an editor can use as <Name /> in a story (elements in lower case are plain HTML). */
export const storyComponentNames = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name));

export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...components, ...mdxComponents };
}
