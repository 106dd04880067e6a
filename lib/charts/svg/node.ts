/**
 * A chart as plain data: SVG elements with their attributes and children, and nothing else (no
 * components, no functions). lib/charts builds the whole picture this way; the page renders it
 * with React (components/charts/ChartSvg.tsx), the share card with Satori
 * (lib/share-image/chart-thumbnail.tsx), and the front page's still picture is a transform of it
 * (still.ts). Attributes are named as JSX names them (className, strokeWidth, tabIndex), which is
 * what React and Satori both read; an undefined attribute is left out.
 */
export type SvgAttribute = string | number | undefined | Readonly<Record<string, string | number>>;
export type SvgProps = Readonly<Record<string, SvgAttribute>>;
export interface SvgElement {
  readonly tag: string;
  readonly props: SvgProps;
  readonly children: readonly SvgNode[];
}
export type SvgNode = SvgElement | string;

/** What a builder may pass as children: nodes, lists of them, or nothing (a condition that failed). */
export type SvgChildren = SvgNode | readonly SvgChildren[] | false | null | undefined;

function flat(children: readonly SvgChildren[], into: SvgNode[]): SvgNode[] {
  for (const child of children) {
    if (Array.isArray(child)) flat(child, into);
    // As in JSX: false, null, undefined and '' draw nothing.
    else if (child !== false && child !== null && child !== undefined && child !== '') into.push(child as SvgNode);
  }
  return into;
}

/** One element; children are flattened, and conditions that failed are dropped. */
export function el(tag: string, props: SvgProps, ...children: SvgChildren[]): SvgElement {
  return { tag, props, children: flat(children, []) };
}

/** Several elements side by side, with no element around them (JSX's fragment). */
export const group = (...children: SvgChildren[]): SvgNode[] => flat(children, []);
