/** Types for bench-lighthouse.mjs (plain JavaScript, run by node without a build step). */
export type LighthouseRun = { performance: number; accessibility: number; bestPractices: number; seo: number; fcp: number; lcp: number; tbt: number; cls: number; benchmarkIndex: number; lcpElement?: { selector: string; label: string }; lcpBreakdown: Record<string, number>; renderBlocking: string[]; documentBytes?: number; load?: number };
export type LighthousePage = { name: string; route: string; loadAtStart: number[]; runs: LighthouseRun[]; median: LighthouseRun; control?: boolean };
export type LighthouseFigures = { date: string; lighthouseVersion: string; chromium: string; machine: string; pages: LighthousePage[] };
export const BUDGETS: { lcpMs: number; tbtMs: number; score: number; cls: number };
export const FIRST_WINDOW_BYTES: number;
export const CONTROL_PAGE: string;
export function lighthouseRoutes(out: string): Record<'home' | 'story' | 'tag' | 'embed', string>;
export function measureLighthouse(base: string, routes: Record<string, string>, options: { bin: string; chromiumPath?: string; runs?: number; log?: (line: string) => void; controlPort?: number }): Promise<LighthouseFigures>;
export function lighthouseSection(figures: LighthouseFigures): string;
export function writeLighthouseSection(file: string, section: string): void;
