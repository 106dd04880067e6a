/** The share bar's buttons: the native share sheet where there is one, and copy link with a visible confirmation. */
export function enhanceShareBars(root: ParentNode = document) {
  for (const bar of root.querySelectorAll<HTMLElement>('[data-share]')) {
    // The page writes its messages in its own language (components/ShareActions.tsx).
    const { url = location.href, title = document.title, text, copied = '', copyFailed = '' } = bar.dataset;
    const status = bar.querySelector<HTMLElement>('[data-share-status]');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (message: string) => {
      if (!status) return;
      status.textContent = message;
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), 4000);
    };
    bar.querySelector('[data-share-native]')?.addEventListener('click', () => {
      navigator.share({ url, title, text }).catch(() => {});
    });
    bar.querySelector('[data-copy-link]')?.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        say(copied);
      } catch {
        say(copyFailed);
      }
    });
  }
}
