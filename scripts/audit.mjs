// npm audit of the production dependencies (what `npm start` installs and runs to build the site):
// a high or critical advisory fails. When the audit cannot run (no network, or a registry or
// mirror without the audit endpoint) it says so and checks nothing; it fails then only with
// AUDIT_REQUIRED=1, for a machine where the audit must run.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './lib/audit-verdict.mjs';

const verdict = auditVerdict(spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' }));
for (const line of verdict.lines) (verdict.ok ? console.log : console.error)(line);
if (verdict.ok === false || (!verdict.ran && process.env.AUDIT_REQUIRED === '1')) process.exit(1);
