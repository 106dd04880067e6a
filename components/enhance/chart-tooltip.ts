const markOf = (t: EventTarget | null): Element | null => (t instanceof Element ? t.closest('.chart-mark') : null);

/**
 * Chart tooltips: a mark's exact value and source on hover, tap and keyboard focus; Escape or a
 * tap elsewhere closes it. It reads the data-tip and data-source attributes the server rendered.
 */
export function enhanceChartTooltips(root: ParentNode = document) {
  for (const host of root.querySelectorAll<HTMLElement>('.chart-body')) {
    const tip = host.querySelector<HTMLElement>('.chart-tooltip');
    if (!tip) continue;
    let pinned: Element | null = null;

    const show = (mark: Element) => {
      const value = document.createElement('span');
      value.className = 'chart-tooltip-value';
      value.textContent = mark.getAttribute('data-tip') ?? '';
      const source = document.createElement('span');
      source.className = 'chart-tooltip-source';
      source.textContent = `${tip.dataset.sourceLabel ?? ''}${mark.getAttribute('data-source') ?? ''}`;
      tip.replaceChildren(value, source);
      tip.setAttribute('data-open', '');
      // Above the mark (below it if there is no room), kept inside the chart's width.
      const m = mark.getBoundingClientRect();
      const h = host.getBoundingClientRect();
      const x = m.left + m.width / 2 - h.left;
      const left = Math.min(Math.max(x - tip.offsetWidth / 2, 0), Math.max(host.clientWidth - tip.offsetWidth, 0));
      const above = m.top - h.top - tip.offsetHeight - 8;
      tip.style.left = `${Math.round(left)}px`;
      tip.style.top = `${Math.round(above >= 0 ? above : m.bottom - h.top + 8)}px`;
    };
    const hide = () => {
      tip.removeAttribute('data-open');
      tip.replaceChildren();
    };

    host.addEventListener('pointerover', (e) => {
      const m = markOf(e.target);
      if (m) show(m);
    });
    host.addEventListener('pointerout', (e) => {
      const m = markOf(e.target);
      if (!m || m.contains(e.relatedTarget as Node | null)) return;
      if (document.activeElement === m || pinned === m) show(m);
      else hide();
    });
    host.addEventListener('focusin', (e) => {
      const m = markOf(e.target);
      if (m) show(m);
    });
    host.addEventListener('focusout', (e) => {
      if (!markOf(e.relatedTarget)) {
        pinned = null;
        hide();
      }
    });
    host.addEventListener('click', (e) => {
      const m = markOf(e.target);
      if (m) {
        pinned = m;
        show(m);
      }
    });
    host.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        pinned = null;
        hide();
      }
    });
    document.addEventListener('pointerdown', (e) => {
      if (!host.contains(e.target as Node)) {
        pinned = null;
        hide();
      }
    });
  }
}
