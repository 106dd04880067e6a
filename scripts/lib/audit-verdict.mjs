// What `npm audit --omit=dev --json` told us, in words: a pass only when advisories were actually
// checked for some packages, and a plain "did not run" with npm's own reason otherwise.

const NETWORK = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ENETUNREACH|socket hang up|network/i;

/**
 * `run` is what spawnSync returned (status, stdout, stderr, error). Returns `ran: false` when there
 * is no advisory data to judge (npm missing, no network, the registry refusing the audit endpoint,
 * output that is not a report, or a report of no packages); otherwise `ok` says whether no high
 * or critical advisory was found. `lines` are what to print.
 */
export function auditVerdict(run) {
  if (run.error) return notRun(`npm could not be started: ${run.error.message}`);
  let report;
  try {
    report = JSON.parse(run.stdout ?? '');
  } catch {
    return notRun(`npm printed no report${firstError(run.stderr) ? `: ${firstError(run.stderr)}` : ''}`);
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    // npm's JSON error: `message` holds the registry's answer, e.g. "405 Method Not Allowed - POST …/advisories/bulk".
    const reason = [report?.message, report?.error?.summary, firstError(run.stderr)].find((s) => typeof s === 'string' && s.trim()) ?? 'no report';
    const kind = NETWORK.test(reason) ? 'the registry could not be reached' : 'the registry gave no audit';
    return notRun(`${kind} (${reason.trim()})`);
  }
  const packages = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total ?? 0;
  if (!packages) return notRun('the report covers no packages');
  const { high = 0, critical = 0, moderate = 0, low = 0 } = counts;
  const named = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${v.severity}: ${name} (${v.range})`);
  if (high + critical > 0) {
    return { ran: true, ok: false, lines: [...named, `✗ npm audit: ${critical} critical and ${high} high advisories in the ${packages} production packages.`] };
  }
  return { ran: true, ok: true, lines: [`✓ npm audit: no high or critical advisories in the ${packages} production packages (${moderate} moderate, ${low} low).`] };
}

const firstError = (stderr) => (stderr ?? '').split('\n').find((l) => /error/i.test(l) && !/complete log/i.test(l))?.trim();

const notRun = (reason) => ({
  ran: false,
  ok: undefined,
  lines: [`⚠ npm audit did not run: ${reason}. No advisories were checked; this is not a pass.`],
});
