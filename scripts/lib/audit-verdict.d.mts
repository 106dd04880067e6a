/** Types for audit-verdict.mjs (plain JavaScript, run by node without a build step). */
export type AuditRun = { status: number | null; stdout: string | null; stderr: string | null; error?: Error };
export type AuditVerdict = { ran: boolean; ok: boolean | undefined; lines: string[] };
export function auditVerdict(run: AuditRun): AuditVerdict;
