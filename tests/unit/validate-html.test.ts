import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

function validate(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  for (const [name, html] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), html);
  const result = spawnSync('node', ['scripts/validate-html.mjs', dir], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

test('the HTML check passes modern CSS the checker does not know, and nothing else', { timeout: 60_000 }, () => {
  const modern = '<style>@property --x{syntax:"*";inherits:false}.c{container-type:inline-size}@container (min-width:1px){.c{paint-order:stroke}}</style>';
  expect(validate({ 'ok.html': page(modern, '<p>Fine.</p>') }).status).toBe(0);

  const broken = validate({ 'bad.html': page(modern, '<p>A paragraph <div>cannot hold a div</div></p>'), 'css.html': page('<style>p{colour:red}</style>', '<p>x</p>') });
  expect(broken.status).toBe(1);
  expect(broken.output).toMatch(/bad\.html:1:\d*: No “p” element in scope but a “p” end tag seen\./);
  expect(broken.output).toMatch(/css\.html:1:\d*: CSS: “colour”: Property “colour” doesn't exist\./);
});
