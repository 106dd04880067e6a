/**
 * Runs before first paint (inline in <head>) so the page never flashes the wrong theme:
 * a stored choice wins, otherwise the system preference.
 */
export const THEME_SCRIPT = `(function(){try{var s=localStorage.getItem('theme');var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;var c=document.documentElement.classList;c.add(d?'dark':'light');c.remove(d?'light':'dark')}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
