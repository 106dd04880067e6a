'use client';

import { useEffect, useState } from 'react';

type Props = { url: string; title: string; summary?: string };

const button =
  'rounded-md border border-gray-300 px-2.5 py-1 font-medium text-gray-800 hover:bg-gray-100 dark:border-gray-600 dark:text-gray-100 dark:hover:bg-gray-800';

/** Native share sheet (where the browser has one) and copy link, with a visible confirmation. */
export function ShareActions({ url, title, summary }: Props) {
  // null until hydrated: without JavaScript these buttons could do nothing, so they do not render.
  const [canShare, setCanShare] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    // Known only in the browser; rendering it on the server would not match.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCanShare(typeof navigator.share === 'function');
  }, []);

  if (canShare === null) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy: select the address bar and copy it');
    }
    setTimeout(() => setStatus(''), 4000);
  }

  return (
    <>
      {canShare ? (
        <button type="button" className={button} onClick={() => navigator.share({ url, title, text: summary }).catch(() => {})}>
          Share…
        </button>
      ) : null}
      <button type="button" className={button} onClick={copy}>
        Copy link
      </button>
      <span role="status" className="text-green-800 dark:text-green-300">{status}</span>
    </>
  );
}
