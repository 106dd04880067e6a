/** The site's one script file, built from components/enhance/. */
export const SITE_SCRIPT = '/assets/site.js';

/**
 * Runs before first paint (inline in <head>) so the page never flashes the wrong theme:
 * a stored choice wins, otherwise the system preference. It marks the page as scripted ("js",
 * and "can-share" where there is a share sheet), so controls that need the script show from the
 * first paint and never shift the layout. The site script itself is fetched after the page has
 * loaded, so it can never delay the first paint of the text.
 */
export const THEME_SCRIPT = `(function(){var c=document.documentElement.classList;c.add('js');if(navigator.share)c.add('can-share');try{var s=localStorage.getItem('theme');var d=s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches;c.add(d?'dark':'light');c.remove(d?'light':'dark')}catch(e){}addEventListener('load',function(){var j=document.createElement('script');j.src='${SITE_SCRIPT}';document.body.appendChild(j)})})()`;

/** The head script; see THEME_SCRIPT. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
