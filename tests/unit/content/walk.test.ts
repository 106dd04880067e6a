import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'unist';
import { visit as unistVisit, SKIP, EXIT } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { compileMdx } from '@/lib/content/mdx';
import { visit } from '@/lib/content/walk';

// lib/content/walk.ts stands in for unist-util-visit in every pass over a story. The library is the
// oracle: on the fixture site's real trees (Markdown and compiled), both must call the visitor with
// the same nodes, indexes and parents, in the same order, and obey the same results.

const STORIES = 'tests/fixtures/site/stories';
const files = [...fs.readdirSync(STORIES).filter((f) => f.endsWith('.mdx')), ...fs.readdirSync(path.join(STORIES, 'fr')).map((f) => `fr/${f}`)];
const compiled = files.map((f) => {
  const result = compileMdx(f, fs.readFileSync(path.join(STORIES, f), 'utf8'), f.startsWith('fr/') ? 'fr' : 'en');
  if (!('tree' in result)) throw new Error(`${f} did not compile`);
  return { file: f, trees: { mdast: result.tree as Node, hast: result.hast as Node } };
});

type Walk = (tree: Node, ...rest: unknown[]) => void;
const walkers = { library: unistVisit as unknown as Walk, ours: visit as unknown as Walk };

/** Every call the visitor gets, as (node, index, parent) identities, under the given test and results. */
function calls(walk: Walk, tree: Node, test: unknown, answer: (node: Node, n: number) => unknown = () => undefined, reverse = false) {
  const seen: [Node, number | undefined, Node | undefined][] = [];
  const visitor = (node: Node, index: number | undefined, parent: Node | undefined) => {
    seen.push([node, index, parent]);
    return answer(node, seen.length);
  };
  if (test === undefined) walk(tree, visitor, reverse);
  else walk(tree, test, visitor, reverse);
  return seen;
}

describe('the fast walk visits as unist-util-visit does', () => {
  test('the fixture site has trees worth walking', () => {
    expect(compiled.length).toBeGreaterThanOrEqual(8);
    expect(compiled.reduce((n, c) => n + calls(walkers.ours, c.trees.mdast, undefined).length, 0)).toBeGreaterThan(150);
  });

  const tests: [string, unknown][] = [
    ['every node', undefined],
    ['one type', 'text'],
    ['several types', ['mdxJsxFlowElement', 'mdxJsxTextElement', 'element']],
    ['no type', []],
  ];
  for (const { file, trees } of compiled) {
    for (const [kind, tree] of Object.entries(trees)) {
      for (const [name, t] of tests) {
        test(`${file} (${kind}): ${name}, forwards and in reverse`, () => {
          for (const reverse of [false, true]) expect(calls(walkers.ours, tree, t, undefined, reverse)).toEqual(calls(walkers.library, tree, t, undefined, reverse));
        });
      }
      test(`${file} (${kind}): SKIP, EXIT, an index to go on from, a tuple`, () => {
        const answers: [string, (node: Node, n: number) => unknown][] = [
          ['skip every paragraph', (node) => (node.type === 'paragraph' || node.type === 'element' ? SKIP : undefined)],
          ['exit at the 40th node', (_node, n) => (n === 40 ? EXIT : undefined)],
          ['exit with false', (_node, n) => (n === 25 ? false : undefined)],
          ['jump ahead from the 10th node', (_node, n) => (n === 10 ? 3 : undefined)],
          ['a tuple', (_node, n) => (n === 12 ? [SKIP, 2] : undefined)],
        ];
        for (const [, answer] of answers) expect(calls(walkers.ours, tree, undefined, answer)).toEqual(calls(walkers.library, tree, undefined, answer));
      });
    }
  }

  test('a visitor that replaces a node with a new one goes on into the old one\'s children (as lib/content/mdx.ts relies on)', () => {
    const run = (walk: Walk) => {
      const tree = { type: 'root', children: [{ type: 'a', children: [{ type: 'b' }, { type: 'a', children: [{ type: 'c' }] }] }] } as unknown as Node & { children: Node[] };
      const order: string[] = [];
      walk(tree, (node: Node & { children?: Node[] }, index: number | undefined, parent: (Node & { children: Node[] }) | undefined) => {
        order.push(node.type);
        if (node.type === 'a' && parent && index !== undefined) parent.children[index] = { type: 'x', children: node.children } as Node;
      });
      return { order, tree: JSON.stringify(tree) };
    };
    const ours = run(walkers.ours);
    expect(ours).toEqual(run(walkers.library));
    expect(ours.order).toEqual(['root', 'a', 'b', 'a', 'c']);
    expect(ours.tree).toBe('{"type":"root","children":[{"type":"x","children":[{"type":"b"},{"type":"x","children":[{"type":"c"}]}]}]}');
  });

  test('what the site never asks is left to the library: visitor objects, other tests, bad input', () => {
    const tree = compiled.find((c) => c.file === 'the-widget-standoff.mdx')!.trees.mdast;
    const entered: Node[][] = [[], []];
    Object.values(walkers).forEach((walk, i) => walk(tree, { enter: (node: Node) => void entered[i].push(node), exit: () => undefined }));
    expect(entered[1]).toEqual(entered[0]);
    const byFunction = (node: Node) => node.type === 'heading';
    expect(calls(walkers.ours, tree, byFunction).length).toBeGreaterThan(0);
    expect(calls(walkers.ours, tree, byFunction)).toEqual(calls(walkers.library, tree, byFunction));
    expect(calls(walkers.ours, tree, { type: 'heading', depth: 2 })).toEqual(calls(walkers.library, tree, { type: 'heading', depth: 2 }));
    expect(() => visit(undefined as unknown as Node, () => undefined)).toThrow(/Unexpected value `undefined` for `tree`/);
  });
});
