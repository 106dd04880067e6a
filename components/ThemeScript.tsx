import { THEME_SCRIPT } from './inline-scripts';

export { THEME_SCRIPT };

/** The head script; see THEME_SCRIPT in ./inline-scripts. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
