import { isValidElement, type ReactElement } from 'react';

export type El = ReactElement<Record<string, unknown>>;

/** Every React element in `node` (a picture's parts, before a renderer sees them), depth first. */
export const elementsIn = (node: unknown, out: El[] = []): El[] => {
  if (Array.isArray(node)) node.forEach((n) => elementsIn(n, out));
  else if (isValidElement(node)) {
    out.push(node as El);
    elementsIn((node.props as { children?: unknown }).children, out);
  }
  return out;
};
