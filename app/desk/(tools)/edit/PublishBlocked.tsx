import { focusRing } from '../../focus';

/**
 * Why Publish is off, in words beside it: a disabled button takes no focus, so a tooltip would reach
 * no one. The count ("1 error") is a button to the first error in Problems, whose name reads it out,
 * in the errors' red, so a glance at the bar shows what holds Publish back.
 */
export function PublishBlocked({ dirty, errors, onShowError }: { dirty: boolean; errors: number; onShowError: () => void }) {
  const count = errors > 0 && (
    <button type="button" className={`rounded-sm px-0.5 font-semibold text-red-800 underline underline-offset-2 dark:text-red-300 ${focusRing}`} onClick={onShowError}>
      {errors === 1 ? '1 error' : `${errors} errors`}
    </button>
  );
  if (count) return <>To publish, fix {count}{dirty ? ' and save' : ''}.</>;
  return <>To publish, save first.</>;
}
