import type { DeskProblem } from '../../_server/check';
import { fieldFocusRing, focusRing } from '../../focus';

type Props = {
  problems: DeskProblem[];
  /** What the heading says after "Problems": "checking…", "none", "1 error, 0 warnings"… */
  state: string;
  className?: string;
  onGoTo: (p: DeskProblem) => void;
};

const LABEL = { error: 'Error', warning: 'Warning' } as const;
// The same reds and ambers as the lint marks in the text, readable on white and on the dark page.
const TONE = {
  error: 'border-red-800 text-red-800 dark:border-red-300 dark:text-red-300',
  warning: 'border-amber-800 text-amber-900 dark:border-amber-300 dark:text-amber-200',
} as const;

/** "Error" or "Warning", as a label that reads before the words (the colour alone says nothing to some). */
function Severity({ of }: { of: DeskProblem['severity'] }) {
  return <span className={`mr-1 inline-block rounded border px-1 text-xs font-semibold leading-5 ${TONE[of]}`}>{LABEL[of]}</span>;
}

/** Where a problem is, in words: the check's column is where the cursor goes, not something to read. */
const place = (p: DeskProblem) => (p.line ? `Line ${p.line}` : 'The file');

/**
 * The check's problems with the text being edited, each a button that puts the cursor at its place,
 * and, folded, those of the other files (a story's links, a chart's stories). Plain words, led by
 * the line: editors read them, and `npm run check` keeps its one-line form for the terminal.
 */
export function Problems({ problems, state, className, onGoTo }: Props) {
  const here = problems.filter((p) => p.here);
  const elsewhere = problems.filter((p) => !p.here);
  return (
    <section role="region" aria-label="Problems" aria-live="polite" className={className}>
      <h2 className="font-semibold">Problems ({state})</h2>
      {here.length > 0 && <p className="text-sm text-gray-700 dark:text-gray-300">Choose one to go to its place in the text.</p>}
      <ul className="mt-1 space-y-1 text-sm">
        {here.map((p, i) => (
          <li key={i}>
            <button type="button" className={`-mx-1 rounded px-1 py-0.5 text-left hover:bg-gray-100 dark:hover:bg-gray-800 ${fieldFocusRing}`} onClick={() => onGoTo(p)}>
              <Severity of={p.severity} />{' '}
              <span className="font-semibold">{place(p)}:</span> {p.message}
            </button>
          </li>
        ))}
      </ul>
      {/* Folded: the whole content root's list would push the preview a screen or more down on a phone. */}
      {elsewhere.length > 0 && (
        <details className="mt-2">
          <summary className={`cursor-pointer font-semibold ${focusRing}`}>In other files ({countOf(elsewhere)})</summary>
          <ul className="mt-1 space-y-1 text-sm">
            {elsewhere.map((p, i) => (
              <li key={i}>
                <Severity of={p.severity} />{' '}
                <span className="font-semibold">
                  <code className="break-all">{p.file}</code>
                  {p.line ? `, line ${p.line}` : ''}:
                </span>{' '}
                {p.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** "2 errors, 1 warning": how many of each a list of problems holds. */
export function countOf(list: DeskProblem[]): string {
  const errors = list.filter((p) => p.severity === 'error').length;
  const warnings = list.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
