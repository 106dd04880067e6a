// Where the keyboard is, drawn one way across the desk: blue, never red (red means an error on the
// desk: tests/desk/a11y.test.ts), lighter on the dark page.

/** Buttons, links, summaries. */
export const focusRing = 'focus:outline-2 focus:outline-offset-2 focus:outline-blue-700 dark:focus:outline-blue-400';

/** Fields: the outline hugs their border. */
export const fieldFocusRing = 'focus:outline-2 focus:outline-offset-1 focus:outline-blue-700 dark:focus:outline-blue-400';

/**
 * A heading the desk moves the focus to (a conflict, a kept copy, a live story's question), which
 * Chromium draws as focused even on a fresh load: a bar at its left, as a marked section, where an
 * outlined box round a heading read as a text field to fill in.
 */
// Two shadows: one the page's colour, over the blue one, leaves a gap between the bar and the words.
export const headingFocus =
  'focus:outline-none focus-visible:shadow-[-0.375rem_0_0_0_var(--color-white),-0.625rem_0_0_0_var(--color-blue-700)] dark:focus-visible:shadow-[-0.375rem_0_0_0_var(--color-gray-950),-0.625rem_0_0_0_var(--color-blue-400)]';
