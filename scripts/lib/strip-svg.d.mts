/** Types for strip-svg.mjs (plain JavaScript, run by node without a build step), which its tests import. */
export function asideIn(html: string): [number, number, 'chart' | 'text'][];
export function chartsIn(html: string): [number, number][];
export function setChartsAside(html: string): { html: string; putBack(stripped: string): string | undefined } | undefined;
