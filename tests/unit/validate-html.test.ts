import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;

function validate(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  for (const [name, html] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), html);
  const result = spawnSync('node', ['scripts/validate-html.mjs', dir], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

// One run of the checker (Java's start is most of its time): the valid page beside the invalid one
// goes unnamed. That a site of valid pages passes is npm test's own HTML step, on the fixture site.
test('the HTML check fails, naming file and error, on an invalid page, and passes the valid one beside it', { timeout: 60_000 }, () => {
  const broken = validate({ 'ok.html': page('<p>Fine.</p>'), 'bad.html': page('<p>A paragraph <div>cannot hold a div</div></p>') });
  expect(broken.status).toBe(1);
  expect(broken.output).toMatch(/bad\.html:1:\d*: No “p” element in scope but a “p” end tag seen\./);
  expect(broken.output).not.toContain('ok.html');
});
