import { createElement, type ReactNode } from 'react';
import type { SvgNode } from './node';

/**
 * A chart tree as React elements, for React (the page) and Satori (the share card) alike.
 * Children are passed one by one, not as a list, so React asks for no keys.
 */
export function svgToReact(node: SvgNode): ReactNode {
  if (typeof node === 'string') return node;
  return createElement(node.tag, node.props, ...node.children.map(svgToReact));
}
