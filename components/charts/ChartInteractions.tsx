'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface ChartInteractionsProps {
  /** Chart id, used for the tooltip element's id. */
  chartId: string;
}

interface Tip {
  text: string;
  source: string;
  /** Mark position relative to the chart body, in CSS px. */
  x: number;
  top: number;
  bottom: number;
}

const markOf = (t: EventTarget | null): Element | null => (t instanceof Element ? t.closest('.chart-mark') : null);

/**
 * Tooltip for the chart marks (place it inside `.chart-body`, next to the SVGs). Shows a mark's
 * exact value and source on hover, tap and keyboard focus; Escape closes it. It reads the
 * `data-tip` and `data-source` attributes the server rendered, so it needs no chart code.
 */
export function ChartInteractions({ chartId }: ChartInteractionsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    const host = ref.current?.parentElement;
    if (!host) return;
    let pinned: Element | null = null;
    const show = (mark: Element) => {
      const m = mark.getBoundingClientRect();
      const h = host.getBoundingClientRect();
      setTip({
        text: mark.getAttribute('data-tip') ?? '',
        source: mark.getAttribute('data-source') ?? '',
        x: m.left + m.width / 2 - h.left,
        top: m.top - h.top,
        bottom: m.bottom - h.top,
      });
    };
    const hide = () => setTip(null);
    const onOver = (e: PointerEvent) => {
      const m = markOf(e.target);
      if (m) show(m);
    };
    const onOut = (e: PointerEvent) => {
      const m = markOf(e.target);
      if (!m || m.contains(e.relatedTarget as Node | null)) return;
      if (document.activeElement === m || pinned === m) show(m);
      else hide();
    };
    const onFocusIn = (e: FocusEvent) => {
      const m = markOf(e.target);
      if (m) show(m);
    };
    const onFocusOut = (e: FocusEvent) => {
      if (!markOf(e.relatedTarget)) {
        pinned = null;
        hide();
      }
    };
    const onClick = (e: MouseEvent) => {
      const m = markOf(e.target);
      if (m) {
        pinned = m;
        show(m);
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        pinned = null;
        hide();
      }
    };
    const onDocDown = (e: PointerEvent) => {
      if (!host.contains(e.target as Node)) {
        pinned = null;
        hide();
      }
    };
    host.addEventListener('pointerover', onOver);
    host.addEventListener('pointerout', onOut);
    host.addEventListener('focusin', onFocusIn);
    host.addEventListener('focusout', onFocusOut);
    host.addEventListener('click', onClick);
    host.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDocDown);
    return () => {
      host.removeEventListener('pointerover', onOver);
      host.removeEventListener('pointerout', onOut);
      host.removeEventListener('focusin', onFocusIn);
      host.removeEventListener('focusout', onFocusOut);
      host.removeEventListener('click', onClick);
      host.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDocDown);
    };
  }, []);

  // Place the tooltip above the mark (below it if there is no room), inside the chart's width.
  useLayoutEffect(() => {
    const el = ref.current;
    const host = el?.parentElement;
    if (!el || !host || !tip) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const left = Math.min(Math.max(tip.x - w / 2, 0), Math.max(host.clientWidth - w, 0));
    const top = tip.top - h - 8 >= 0 ? tip.top - h - 8 : tip.bottom + 8;
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(top)}px`;
  }, [tip]);

  return (
    <div
      ref={ref}
      id={`${chartId}-tooltip`}
      className="chart-tooltip"
      role="status"
      aria-live="polite"
      data-open={tip ? '' : undefined}
    >
      {tip && (
        <>
          <span className="chart-tooltip-value">{tip.text}</span>
          <span className="chart-tooltip-source">Source: {tip.source}</span>
        </>
      )}
    </div>
  );
}
