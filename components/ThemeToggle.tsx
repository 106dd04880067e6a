'use client';

import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

function subscribe(onChange: () => void) {
  // Follow the system while the reader has not chosen.
  const media = matchMedia('(prefers-color-scheme: dark)');
  const onSystem = () => {
    if (!localStorage.getItem('theme')) applyTheme(media.matches ? 'dark' : 'light');
  };
  media.addEventListener('change', onSystem);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => {
    media.removeEventListener('change', onSystem);
    observer.disconnect();
  };
}

function applyTheme(theme: Theme) {
  const classes = document.documentElement.classList;
  classes.add(theme);
  classes.remove(theme === 'dark' ? 'light' : 'dark');
}

/** Light/dark switch; the choice is remembered in localStorage and read by ThemeScript on the next load. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="no-print group inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-gray-800 hover:bg-gray-100 dark:text-gray-100 dark:hover:bg-gray-800"
      aria-pressed={theme ? dark : undefined}
      onClick={() => {
        const next: Theme = dark ? 'light' : 'dark';
        localStorage.setItem('theme', next);
        applyTheme(next);
      }}
    >
      <span aria-hidden="true" className="relative h-5 w-9 rounded-full bg-gray-300 transition-colors group-aria-pressed:bg-gray-600">
        <span className="absolute left-0.5 top-0.5 h-4 w-4 rounded-full bg-white shadow transition-transform group-aria-pressed:translate-x-4" />
      </span>
      Dark theme
    </button>
  );
}
