// For npm run bench: a build measured as a whole (wall time, CPU time, the load when it started,
// and the peak memory of its whole process tree), with the per-step times the build writes when
// BUILD_TIMINGS names a file, and the table that says which steps grow with the archive.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** The parent of each process, from /proc/<pid>/stat (its fourth field, after the name in parentheses). */
function parents() {
  const parentOf = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parentOf;
}

/**
 * What a process of the build is, in a few words, from its command line (arguments joined by
 * spaces): so the memory figure can say which processes made up its peak.
 */
export function processLabel(cmdline) {
  if (/^next-build\b/.test(cmdline)) return 'next build';
  if (/jest-worker\/processChild/.test(cmdline)) return "Next's page worker";
  if (/\[turbopack-node\]_transforms_postcss/.test(cmdline)) return "Turbopack's postcss worker";
  if (/\bpagefind/.test(cmdline)) return 'pagefind';
  // The first script named on it that is not a tool's own (tsx's loaders, npm's bins).
  const script = [...cmdline.matchAll(/(?:^|\s)([\w./-]+\.(?:mjs|cjs|js|tsx?))(?=\s|$)/g)].map((m) => m[1]).find((file) => !file.includes('node_modules'));
  if (script) return script.replace(/^.*?(?=scripts\/)/, '');
  return cmdline.split(' ')[0].split('/').pop() || '?';
}

/** `root` and every process below it: pid, resident memory in kB, and what it is (processLabel). */
export function treeProcesses(root) {
  const children = new Map();
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const rows = [];
  for (const queue = [root]; queue.length; ) {
    const pid = queue.pop();
    try {
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      rows.push({ pid, kb, label: processLabel(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()) });
    } catch {
      // Ended meanwhile.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return rows;
}

/**
 * The processes that made up a summed peak, largest first, as "what it is: MB" (those of at least
 * `floorMb`; a label held by several processes is listed once per process).
 */
export function peakParts(rows, floorMb = 20) {
  return rows
    .filter((row) => row.kb / 1024 >= floorMb)
    .sort((a, b) => b.kb - a.kb)
    .map((row) => `${row.label} ${Math.round(row.kb / 1024)} MB`)
    .join(', ');
}

/**
 * Runs `command args` in `cwd` and measures it: wall time, load at start, CPU time of it and of
 * every process it waited for (GNU time, when there), the largest single process (GNU time's %M)
 * and the whole tree's memory, sampled every `every` ms (the build runs workers side by side, so
 * the largest process alone says little), with the processes that made up that peak (`peakParts`:
 * a peak is only as steady as the moments two workers' heaps happen to be full together, so the
 * figure says what it was made of). Rejects with the output when the command fails.
 */
export function measure(cwd, command, args, { env = process.env, every = 150 } = {}) {
  const time = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const [file, rest] = time ? [time, ['-f', 'peak-kb %M cpu-s %U %S', command, ...args]] : [command, args];
  const load = os.loadavg()[0];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, rest, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    let peakKb = 0;
    let parts = '';
    const sample = () => {
      const rows = treeProcesses(child.pid);
      const kb = rows.reduce((sum, row) => sum + row.kb, 0);
      if (kb > peakKb) [peakKb, parts] = [kb, peakParts(rows)];
    };
    const timer = setInterval(sample, every);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${out.slice(-4000)}\n${err.slice(-4000)}`));
      const kb = /peak-kb (\d+)/.exec(err)?.[1];
      const cpu = /cpu-s ([\d.]+) ([\d.]+)/.exec(err);
      resolve({ ms, load, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, largestMb: kb ? Number(kb) / 1024 : undefined, treeMb: peakKb / 1024, peakParts: parts, stdout: out, stderr: err });
    });
  });
}

/** The build's own step times (scripts/build.mjs writes them to BUILD_TIMINGS), or undefined when it wrote none. */
export function readTimings(file) {
  try {
    const timings = JSON.parse(fs.readFileSync(file, 'utf8'));
    return Array.isArray(timings?.steps) ? timings : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each step of two builds side by side (the real site's and the archive's, by step name, in the
 * archive build's order), with how much it grew and what it costs per extra page. A step grows with
 * the archive when it takes at least twice as long and adds at least 5% of the archive build's time.
 */
export function stepGrowth(small, large) {
  if (!small?.steps || !large?.steps) return undefined;
  const total = large.steps.reduce((n, s) => n + s.ms, 0);
  const extraPages = (large.pages ?? 0) - (small.pages ?? 0);
  const before = new Map(small.steps.map((s) => [s.name, s.ms]));
  const names = [...large.steps.map((s) => s.name), ...small.steps.map((s) => s.name).filter((n) => !large.steps.some((s) => s.name === n))];
  const rows = names.map((name) => {
    const a = before.get(name);
    const b = large.steps.find((s) => s.name === name)?.ms;
    const added = (b ?? 0) - (a ?? 0);
    const grows = a !== undefined && b !== undefined && b >= 2 * a && added >= 0.05 * total;
    return { name, smallMs: a, largeMs: b, factor: a && b !== undefined ? b / a : undefined, perPageMs: extraPages > 0 && a !== undefined && b !== undefined ? added / extraPages : undefined, grows, added };
  });
  return { rows, extraPages, grows: rows.filter((r) => r.grows).sort((x, y) => y.added - x.added).map((r) => r.name) };
}

const sec = (ms) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`);

/** stepGrowth as a Markdown table and a sentence, or the words "no step times" when a build wrote none. */
export function stepSection(small, large, labels = ['real site', 'archive']) {
  const growth = stepGrowth(small, large);
  if (!growth) return 'No step times: this build does not write BUILD_TIMINGS, so which steps grow with the archive is not measured here.';
  const table = [
    `| step | ${labels[0]} (${small.pages ?? '?'} pages) | ${labels[1]} (${large.pages ?? '?'} pages) | × | per extra page |`,
    '| --- | --- | --- | --- | --- |',
    ...growth.rows.map((r) => `| ${r.grows ? `**${r.name}**` : r.name} | ${sec(r.smallMs)} | ${sec(r.largeMs)} | ${r.factor === undefined ? '' : `${r.factor.toFixed(1)}×`} | ${r.perPageMs === undefined ? '' : `${r.perPageMs.toFixed(1)} ms`} |`),
  ].join('\n');
  const said = growth.grows.length ? `Steps that grow with the archive (at least twice as long, and at least 5% of the archive build), most added time first: ${growth.grows.join(', ')}.` : 'No step grows with the archive by that measure (at least twice as long, and at least 5% of the archive build).';
  return `${table}\n\n${said}`;
}
