// Copying the case number for the rep (to paste into email or a ticket). The async
// clipboard API may be refused (Electron here denies every permission, a browser may need
// focus); then the text is selected on screen, so Ctrl+C works and the rep still sees it.

export type CopyOutcome = 'copied' | 'selected' | 'failed';

export async function copyText(text: string, fallbackElement: HTMLElement | null): Promise<CopyOutcome> {
  try {
    const clipboard = globalThis.navigator?.clipboard;
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Denied or unavailable: fall back to selecting.
  }
  return selectElementText(fallbackElement) ? 'selected' : 'failed';
}

export function selectElementText(el: HTMLElement | null): boolean {
  if (!el) return false;
  const selection = globalThis.getSelection?.();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
