// For npm run bench: the content model's own time (no process start-up, no output), in ms,
// median of `runs` builds of the content root CONTENT_DIR. Prints JSON.
import { readContent } from '../lib/content/disk';
import { buildModel } from '../lib/content/model';

const runs = Number(process.argv[2] ?? 3);
const { input, display } = readContent();
const times: number[] = [];
let problems = 0;
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  problems = buildModel(input, { display }).problems.filter((p) => p.severity === 'error').length;
  times.push(performance.now() - started);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(JSON.stringify({ ms: median, errors: problems }));
