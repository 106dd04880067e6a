import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { MDXComponents } from 'mdx/types';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

export type BodyProps = { components: MDXComponents };
export type StoryBody = (props: BodyProps) => ReactNode;

/**
 * A story's body as a React component, like an MDX file's default export: it renders the compiled
 * tree with the component map it is given (the page's or the feed's). No code from the story runs:
 * without an evaluator, hast-util-to-jsx-runtime throws on any expression rather than evaluate it.
 */
export function storyBody(hast: Root): StoryBody {
  return function Body({ components }: BodyProps) {
    return toJsxRuntime(hast, { Fragment, jsx, jsxs, components: components as Partial<Components>, passKeys: true });
  };
}
