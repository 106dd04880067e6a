// Types of scripts/lib/bench-build.mjs, for the tests that import it.
export type Timings = { incremental?: boolean; pages?: number; steps: { name: string; ms: number }[] };
export type Measured = { ms: number; load: number; cpuMs?: number; largestMb?: number; treeMb: number; peakParts: string; stdout: string; stderr: string };
export type StepRow = { name: string; smallMs?: number; largeMs?: number; factor?: number; perPageMs?: number; grows: boolean; added: number };
export function processLabel(cmdline: string): string;
export function treeProcesses(root: number): { pid: number; kb: number; label: string }[];
export function peakParts(rows: { kb: number; label: string }[], floorMb?: number): string;
export function measure(cwd: string, command: string, args: string[], options?: { env?: NodeJS.ProcessEnv; every?: number }): Promise<Measured>;
export function readTimings(file: string): Timings | undefined;
export function stepGrowth(small: Timings | undefined, large: Timings | undefined): { rows: StepRow[]; extraPages: number; grows: string[] } | undefined;
export function stepSection(small: Timings | undefined, large: Timings | undefined, labels?: [string, string]): string;
