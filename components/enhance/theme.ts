/** The light/dark switch: remembers the choice; follows the system until the reader chooses. */
export function enhanceThemeToggle(root: ParentNode = document) {
  const html = document.documentElement;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];
  const apply = (dark: boolean) => {
    html.classList.toggle('dark', dark);
    html.classList.toggle('light', !dark);
    for (const b of buttons) b.setAttribute('aria-pressed', String(dark));
  };
  apply(html.classList.contains('dark'));
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const dark = !html.classList.contains('dark');
      localStorage.setItem('theme', dark ? 'dark' : 'light');
      apply(dark);
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    if (!localStorage.getItem('theme')) apply(e.matches);
  });
}
