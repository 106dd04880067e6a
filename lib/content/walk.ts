import { CONTINUE, EXIT, SKIP, visit as unistVisit } from 'unist-util-visit';

/**
 * unist-util-visit's `visit`, walked without its per-node costs. The library makes a closure for
 * every node, renames it with Object.defineProperty (for its debugging), and copies the ancestors'
 * array at every parent: about 8 of the 24 s a check of 2,006 stories took went into that and the
 * garbage it leaves. This walk visits the same nodes in the same order with the same (node, index,
 * parent), and honours the same results (SKIP, EXIT, an index to go on from, a tuple), reading a
 * parent's children as the library does (after the visitor ran, so a visitor may replace them).
 * The library itself still does what this site never asks: visitor objects ({ enter, exit }), tests
 * other than type names (functions, property objects), and bad input.
 * Same signature and types (tests/unit/content/walk.test.ts compares the two).
 */

type Node = { type?: unknown; children?: Node[] };
type Visitor = (node: Node, index: number | undefined, parent: Node | undefined) => unknown;
type Result = readonly unknown[];

const EMPTY: Result = [];

/** The library's reading of what a visitor returned. */
function toResult(value: unknown): Result {
  if (Array.isArray(value)) return value;
  if (typeof value === 'number') return [CONTINUE, value];
  return value === null || value === undefined ? EMPTY : [value];
}

/** A test of type names (the only kind this site writes), as a function; null for any other kind. */
function matcher(test: unknown): ((node: Node) => boolean) | undefined | null {
  if (test === undefined || test === null || test === '') return undefined;
  if (typeof test === 'string') return (node) => node.type === test;
  if (Array.isArray(test) && test.every((t) => typeof t === 'string')) {
    const types = new Set<unknown>(test);
    return (node) => types.has(node.type);
  }
  return null;
}

function fastVisit(tree: unknown, testOrVisitor: unknown, visitorOrReverse?: unknown, maybeReverse?: unknown): void {
  const withTest = typeof visitorOrReverse === 'function' || (!!visitorOrReverse && typeof visitorOrReverse === 'object');
  const visitor = (withTest ? visitorOrReverse : testOrVisitor) as Visitor;
  const matches = matcher(withTest ? testOrVisitor : undefined);
  if (typeof visitor !== 'function' || matches === null || !tree || typeof tree !== 'object') {
    (unistVisit as (...args: unknown[]) => void)(tree, testOrVisitor, visitorOrReverse, maybeReverse);
    return;
  }
  const step = (withTest ? maybeReverse : visitorOrReverse) ? -1 : 1;

  function one(node: Node, index: number | undefined, parent: Node | undefined): Result {
    const result = !matches || matches(node) ? toResult(visitor(node, index, parent)) : EMPTY;
    if (result[0] === EXIT) return result;
    if ('children' in node && node.children && result[0] !== SKIP) {
      // Read again at each step, as the library does: a visitor may replace the array.
      let offset = (step === 1 ? -1 : node.children.length) + step;
      while (offset > -1 && offset < node.children!.length) {
        const sub = one(node.children![offset], offset, node);
        if (sub[0] === EXIT) return sub;
        offset = typeof sub[1] === 'number' ? sub[1] : offset + step;
      }
    }
    return result;
  }
  one(tree as Node, undefined, undefined);
}

export const visit = fastVisit as typeof unistVisit;
export { CONTINUE, EXIT, SKIP };
