'use client';

import { useEffect } from 'react';
import { RESIZE_MESSAGE } from '@/lib/embed';


/** Tells the page around the iframe how tall the chart is, now and whenever that changes. */
export function EmbedResize({ id }: { id: string }) {
  useEffect(() => {
    if (window.parent === window) return;
    const post = () => window.parent.postMessage({ type: RESIZE_MESSAGE, id, height: document.documentElement.scrollHeight }, '*');
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [id]);
  return null;
}
