import { describe, expect, test } from 'vitest';
import { getDataset } from '@/lib/data/datasets';
import { chartTree } from '@/lib/charts/svg/chart';
import type { SvgNode } from '@/lib/charts/svg/node';
import { NARROW, WIDE } from '@/lib/charts/variants';
import { VALID_DIR } from './helpers';

const KINDS = ['fixture-line', 'fixture-column', 'fixture-comparison', 'fixture-timeline', 'fixture-map'];
const tags = (node: SvgNode): string[] => (typeof node === 'string' ? [] : [node.tag, ...node.children.flatMap(tags)]);

describe('a chart is drawn as plain data that the page and the share card both read', () => {
  test.each(KINDS)('%s: the tree survives JSON unchanged (no components, functions or React elements in it)', (id) => {
    for (const variant of [NARROW, WIDE]) {
      const tree = chartTree(getDataset(id, VALID_DIR, 'en'), variant, 'en');
      expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
      expect(tree.tag).toBe('svg');
      // Only SVG elements: whatever draws the tree needs no component of ours.
      expect(tags(tree).filter((t) => !/^(svg|title|desc|defs|pattern|g|rect|line|path|circle|text)$/.test(t))).toEqual([]);
    }
  });
});
