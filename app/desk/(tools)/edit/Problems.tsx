import type { DeskProblem } from '../../_server/check';
import { fileName } from '../../file-names';
import { fieldFocusRing, focusRing } from '../../focus';

type Props = {
  problems: DeskProblem[];
  /** What the heading says after "Problems": "checking…", "none", "1 error, 2 warnings"… */
  state: string;
  /** What the text is, for the hint: "story" or "chart file". */
  what: string;
  className?: string;
  onGoTo: (p: DeskProblem) => void;
};

const LABEL = { error: 'Error', warning: 'Warning' } as const;
// The same reds and ambers as the lint marks in the text, readable on white and on the dark page.
const TONE = {
  error: 'border-red-800 text-red-800 dark:border-red-300 dark:text-red-300',
  warning: 'border-amber-800 text-amber-900 dark:border-amber-300 dark:text-amber-200',
} as const;

/**
 * "Error" or "Warning", as a label that reads before the words (the colour alone says nothing to
 * some); a comma, unseen, keeps a screen reader from reading "Error Line 12" as one name. (In a
 * button's name Chromium puts a space before it, so the buttons say their words in `aria-label`.)
 */
function Severity({ of }: { of: DeskProblem['severity'] }) {
  return (
    <span className={`inline-block min-w-16 shrink-0 whitespace-nowrap rounded border px-1 text-center text-xs font-semibold leading-5 ${TONE[of]}`}>
      {LABEL[of]}
      <span className="sr-only">,</span>
    </span>
  );
}

/** A problem's whole entry as one line of words: its button's name. */
const spoken = (p: DeskProblem, where: string) => `${LABEL[p.severity]}, ${where}${p.field ? ` · ${p.field}` : ''}: ${p.message}`;

/** "Line 105 · placeholder text: expected …": the kind of problem in bold, where three on one line differ. */
function Words({ p, where }: { p: DeskProblem; where: string }) {
  return (
    <span>
      {where}
      {p.field ? <> · <strong>{p.field}</strong>: {p.message}</> : <>: {p.message}</>}
    </span>
  );
}

/** Where a problem is, in words: the check's column is where the cursor goes, not something to read. */
const place = (p: DeskProblem) => (p.line ? `Line ${p.line}` : 'The file');

/**
 * The check's problems with the text being edited, each a button that puts the cursor at its place,
 * and, folded, those of the other files (a story's links, a chart's stories). Plain words, led by
 * the line: editors read them, and `npm run check` keeps its one-line form for the terminal.
 */
export function Problems({ problems, state, what, className, onGoTo }: Props) {
  const here = problems.filter((p) => p.here);
  // Errors first: Publish's note names a file with an error and sends the editor here, where an
  // archive's warnings (each story not yet translated is one) would otherwise bury it.
  const elsewhere = [...problems.filter((p) => !p.here && p.severity === 'error'), ...problems.filter((p) => !p.here && p.severity !== 'error')];
  return (
    <section id="problems" role="region" aria-label="Problems" aria-live="polite" className={className}>
      <h2 className="font-semibold">Problems ({state})</h2>
      {here.length > 0 && <p className="text-sm text-gray-700 dark:text-gray-300">Choose a problem to go to it in the {what}.</p>}
      <ul className="mt-1 space-y-2 text-sm">
        {here.map((p, i) => (
          <li key={i}>
            {/* The label in a column of its own: wrapped words do not run back under it on a phone. */}
            <button type="button" className={`-mx-1 flex items-baseline gap-2 rounded px-1 py-0.5 text-left hover:bg-gray-50 dark:hover:bg-gray-900 ${fieldFocusRing}`} onClick={() => onGoTo(p)} aria-label={spoken(p, place(p))} data-severity={p.severity}>
              <Severity of={p.severity} /> <Words p={p} where={place(p)} />
            </button>
          </li>
        ))}
      </ul>
      {/* Folded: the whole content root's list would push the preview a screen or more down on a phone. */}
      {elsewhere.length > 0 && (
        <details className="mt-2">
          <summary className={`cursor-pointer font-semibold ${focusRing}`}>In other files ({countOf(elsewhere)})</summary>
          {/* Publish counts this file's errors only; the site's build checks every file (npm run build stops at any error). */}
          {what === 'story' && elsewhere.some((p) => p.severity === 'error') && <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">Publish does not wait for these, but the site is not rebuilt until their errors are fixed.</p>}
          <ul className="mt-1 space-y-2 text-sm">
            {elsewhere.map((p, i) => (
              <li key={i} className="flex items-baseline gap-2" title={p.file}>
                <Severity of={p.severity} /> <Words p={p} where={`${fileName(p.file)}${p.line ? `, line ${p.line}` : ''}`} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** "2 errors, 1 warning", "3 warnings": how many of each a (non-empty) list of problems holds, a kind with none left out. */
export function countOf(list: DeskProblem[]): string {
  const errors = list.filter((p) => p.severity === 'error').length;
  const warnings = list.length - errors;
  const count = (n: number, word: string) => (n ? [`${n} ${word}${n === 1 ? '' : 's'}`] : []);
  return [...count(errors, 'error'), ...count(warnings, 'warning')].join(', ');
}
