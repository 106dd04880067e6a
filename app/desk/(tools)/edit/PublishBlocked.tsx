import { focusRing } from '../../focus';

/**
 * Why Publish is off, in words beside it: a disabled button takes no focus, so a tooltip would reach
 * no one. "fix the error" is a button to the first error in Problems, whose name reads it out.
 */
export function PublishBlocked({ dirty, errors, onShowError }: { dirty: boolean; errors: number; onShowError: () => void }) {
  const fix = errors > 0 && (
    <button type="button" className={`font-semibold underline ${focusRing}`} onClick={onShowError}>
      {errors === 1 ? 'fix the error' : `fix the ${errors} errors`}
    </button>
  );
  if (fix) return <>To publish, {fix}{dirty ? ' and save' : ''}.</>;
  return <>To publish, save first.</>;
}
