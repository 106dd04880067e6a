import { checkEdit, parseMemo, type ContentModel, type ModelInput } from '@/lib/content/model';
import { readContent } from '@/lib/content/disk';
import { fieldName, namingFiles } from '../file-names';
import { isError, problemMessage, type CheckProblem } from '@/lib/problems';

/** A problem as the desk lists it: where (for the cursor), how bad, what it is about (`field`), and the check's words without those, which the list writes as "Line 18 · field: …". */
export type DeskProblem = { file: string; line?: number; column?: number; severity: 'error' | 'warning'; field?: string; message: string; here: boolean };

const shown = (p: CheckProblem, here: boolean): DeskProblem => ({ file: p.file, line: p.line, column: p.column, severity: p.severity, field: p.field && fieldName(p.field), message: namingFiles(problemMessage({ ...p, field: undefined })), here });

const byPlace = (a: CheckProblem, b: CheckProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/**
 * The files read by earlier checks and previews of this desk, by name and text: a check builds the
 * whole model again, and without it every story was compiled again on every keystroke (100 ms on
 * the real content, 600 ms with a 1 MB story in it); with it only the text being typed is. The
 * preview of a text the check has just read finds it here too.
 */
export const deskMemo = parseMemo();

/**
 * The content model with one file's unsaved text in place of the disk's (checkEdit: pure, no story
 * code is evaluated). Problems of that file come first; those it causes elsewhere (a chart a
 * published story now shows) follow.
 */
export function checkText(rel: string, text: string): { model: ContentModel; input: ModelInput; problems: DeskProblem[]; errors: number; file: string } {
  const { input, display } = readContent();
  const model = checkEdit(input, { path: rel, text }, { display, memo: deskMemo });
  const file = display(rel);
  const sorted = [...model.problems].sort(byPlace);
  const problems = [...sorted.filter((p) => p.file === file).map((p) => shown(p, true)), ...sorted.filter((p) => p.file !== file).map((p) => shown(p, false))];
  return { model, input, problems, errors: model.problems.filter((p) => p.file === file && isError(p)).length, file };
}
