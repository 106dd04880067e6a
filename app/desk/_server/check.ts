import { checkEdit, parseMemo, type ContentModel, type ModelInput } from '@/lib/content/model';
import { readContent } from '@/lib/content/disk';
import { fieldName, namingFiles, type ItemLabel } from '../file-names';
import { isError, problemMessage, type CheckProblem } from '@/lib/problems';
import { oneLine } from '@/lib/text-rules';

/** A problem as the desk lists it: where (for the cursor), how bad, what it is about (`field`), and the check's words without those, which the list writes as "Line 18 · field: …". */
export type DeskProblem = { file: string; line?: number; column?: number; severity: 'error' | 'warning'; field?: string; message: string; here: boolean };

const shown = (p: CheckProblem, here: boolean, labelOf?: ItemLabel): DeskProblem => ({ file: p.file, line: p.line, column: p.column, severity: p.severity, field: p.field && fieldName(p.field, labelOf), message: namingFiles(problemMessage({ ...p, field: undefined })), here });

/**
 * An English chart file's entries by their labels, from the text being checked ("entry 1 (Surgical
 * masks)"): the editor finds an entry by what it says, not by counting. None where the text is not
 * JSON or has no list of values (a French file keys its entries by date, which names them already).
 */
function entryLabels(rel: string, text: string): ItemLabel | undefined {
  // A chart file is a few kilobytes; past half a megabyte its problems are counted only, not parsed twice.
  if (!/^data\/[^/]+\.json$/.test(rel) || text.length > 500_000) return undefined;
  let values: unknown;
  try {
    values = (JSON.parse(text) as { values?: unknown } | null)?.values;
  } catch {
    return undefined;
  }
  if (!Array.isArray(values)) return undefined;
  return (list, index) => {
    const label = list === 'values' ? (values[index] as { label?: unknown } | null)?.label : undefined;
    return typeof label === 'string' && label.trim() ? oneLine(label, 40) : undefined;
  };
}

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
  const labelOf = entryLabels(rel, text);
  const problems = [...sorted.filter((p) => p.file === file).map((p) => shown(p, true, labelOf)), ...sorted.filter((p) => p.file !== file).map((p) => shown(p, false))];
  return { model, input, problems, errors: model.problems.filter((p) => p.file === file && isError(p)).length, file };
}
