import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { auditVerdict } from '../../scripts/lib/audit-verdict.mjs';

/** What spawnSync returns for `npm audit --omit=dev --json` with this fixture on stdout. */
const run = (fixture: string, stderr = '') => ({ status: 1, stdout: fs.readFileSync(`tests/fixtures/audit/${fixture}`, 'utf8'), stderr, error: undefined });

describe('npm run audit never passes without evidence', () => {
  test('a registry without the audit endpoint (405, as on this machine): did not run, with the registry’s answer, and no pass', () => {
    const v = auditVerdict(run('registry-405.json', 'npm error audit endpoint returned an error'));
    expect(v).toMatchObject({ ran: false, ok: undefined });
    expect(v.lines.join('\n')).toMatch(/did not run: the registry gave no audit \(405 Method Not Allowed/);
    expect(v.lines.join('\n')).not.toMatch(/✓/);
  });

  test('no network: did not run, and says the registry could not be reached', () => {
    const v = auditVerdict(run('no-network.json'));
    expect(v.ran).toBe(false);
    expect(v.lines[0]).toMatch(/registry could not be reached \(.*ECONNREFUSED/);
  });

  test('npm missing or its output not a report: did not run, no crash', () => {
    expect(auditVerdict({ status: null, stdout: null, stderr: null, error: new Error('spawnSync npm ENOENT') }).lines[0]).toMatch(/npm could not be started: spawnSync npm ENOENT/);
    expect(auditVerdict({ status: 1, stdout: 'npm ERR! something', stderr: 'npm error code E500', error: undefined }).lines[0]).toMatch(/no report: npm error code E500/);
  });

  test('a report of no packages is no evidence', () => {
    const empty = { metadata: { vulnerabilities: { high: 0, critical: 0 }, dependencies: { prod: 0, total: 0 } } };
    expect(auditVerdict({ status: 0, stdout: JSON.stringify(empty), stderr: '', error: undefined }).ran).toBe(false);
  });

  test('a high advisory fails and is named; a clean report passes and says how many packages it covered', () => {
    const high = auditVerdict(run('report-high.json'));
    expect(high).toMatchObject({ ran: true, ok: false });
    expect(high.lines).toContain('high: example-parser (<2.1.0)');
    expect(high.lines.join('\n')).not.toContain('example-logger');
    const clean = auditVerdict(run('report-clean.json'));
    expect(clean).toMatchObject({ ran: true, ok: true });
    expect(clean.lines[0]).toBe('✓ npm audit: no high or critical advisories in the 212 production packages (0 moderate, 2 low).');
  });
});
