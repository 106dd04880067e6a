import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { resolveContentPath } from '@/app/desk/_server/files';
import { refusal } from '@/app/desk/_server/http';

/** A content root of its own, with a secret beside it that no path may reach. */
const top = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-paths-'));
const root = path.join(top, 'content');
fs.mkdirSync(path.join(root, 'stories', 'fr'), { recursive: true });
fs.mkdirSync(path.join(root, 'data', 'fr'), { recursive: true });
fs.writeFileSync(path.join(root, 'stories', 'a.mdx'), '---\n---\n');
fs.writeFileSync(path.join(top, 'secret.mdx'), 'secret');
fs.symlinkSync(path.join(top, 'secret.mdx'), path.join(root, 'stories', 'link.mdx'));
fs.symlinkSync(top, path.join(root, 'stories', 'out'));
afterAll(() => fs.rmSync(top, { recursive: true, force: true }));

describe('the desk opens files inside the content root only', () => {
  test.each(['stories/a.mdx', 'stories/fr/b.mdx', 'data/chart.json', 'data/fr/chart.json', 'stories%2Fa.mdx'])('%s is a content file', (p) => {
    const resolved = resolveContentPath(p, root);
    expect(resolved.ok).toBe(true);
    if (resolved.ok) expect(path.dirname(resolved.file).startsWith(root)).toBe(true);
  });

  test.each([
    '../secret.mdx',
    'stories/../../secret.mdx',
    'stories/../stories/a.mdx',
    '%2e%2e/secret.mdx',
    'stories/%2e%2e/%2e%2e/secret.mdx',
    '%252e%252e/secret.mdx',
    'stories\\..\\..\\secret.mdx',
    '/etc/passwd',
    path.join(top, 'secret.mdx'),
    'stories/link.mdx',
    'stories/out/secret.mdx',
    'stories/.hidden.mdx',
    'stories/a.mdx\0.txt',
    'stories/a.txt',
    'public/x.json',
    '',
    '%',
  ])('%j is refused', (p) => {
    expect(resolveContentPath(p, root).ok).toBe(false);
  });
});

describe('requests that change anything come from the desk itself', () => {
  const request = (headers: Record<string, string>) => new Request('http://127.0.0.1:3001/desk/api/save/', { method: 'POST', headers });
  test('the desk’s own page may', () => {
    expect(refusal(request({ host: '127.0.0.1:3001', origin: 'http://127.0.0.1:3001', 'sec-fetch-site': 'same-origin' }))).toBeUndefined();
    expect(refusal(request({ host: 'localhost:3001', origin: 'http://localhost:3001' }))).toBeUndefined();
  });
  test.each([
    [{ host: '127.0.0.1:3001' }, 'a request without an Origin header'],
    [{ host: '127.0.0.1:3001', origin: 'http://evil.example' }, 'a request from another origin (http://evil.example)'],
    [{ host: '127.0.0.1:3001', origin: 'http://localhost:3001' }, 'a request from another origin (http://localhost:3001)'],
    [{ host: '127.0.0.1:3001', origin: 'http://127.0.0.1:3001', 'sec-fetch-site': 'cross-site' }, 'a request from another site (Sec-Fetch-Site: cross-site)'],
    [{ host: 'evil.example', origin: 'http://evil.example' }, 'the desk answers on 127.0.0.1 or localhost only, not evil.example'],
  ])('%j is refused: %s', (headers, reason) => {
    expect(refusal(request(headers))).toBe(reason);
  });
});
