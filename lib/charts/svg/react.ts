import { createElement, type ReactElement, type ReactNode } from 'react';
import { childrenToHtml } from './html';
import type { SvgElement, SvgNode } from './node';

/**
 * A chart tree as React elements, for React (the page) and Satori (the share card) alike.
 * Children are passed one by one, not as a list, so React asks for no keys.
 */
export function svgToReact(node: SvgNode): ReactNode {
  if (typeof node === 'string') return node;
  return createElement(node.tag, node.props, ...node.children.map(svgToReact));
}

/**
 * The chart's root element for the page, with everything inside it as one HTML string (html.ts):
 * the same markup as svgToReact's, for a fraction of React's work at build time (one value in the
 * page's payload instead of hundreds of elements). Pages only: Satori reads elements, not HTML.
 */
export function svgWithHtml(node: SvgElement): ReactElement {
  return createElement(node.tag, { ...node.props, dangerouslySetInnerHTML: { __html: childrenToHtml(node.children) } });
}
