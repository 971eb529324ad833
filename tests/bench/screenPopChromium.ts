import { chromium } from '@playwright/test';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

/**
 * End to end in Chromium: for each number, the time from the Enter key that submits it to
 * the frame after that customer's history is in the DOM (a requestAnimationFrame callback
 * and the task after it: the browser has painted). Measured inside the page with
 * performance.now(), so the automation protocol's own latency is not counted.
 */
export async function measureInChromium(url: string, numbers: string[]): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.getByTestId('number-input').waitFor();
    await page.evaluate(installProbe);
    const input = page.getByTestId('number-input');
    const samples: number[] = [];
    // A few unmeasured pops first: the JIT and the first layout of each panel.
    for (const [i, number] of [...numbers.slice(0, 10), ...numbers].entries()) {
      await input.fill(number);
      const done = page.evaluate((digits) => (window as unknown as ProbeWindow).__heardProbe(digits), number.replace(/\D/g, ''));
      await input.press('Enter');
      const ms = await done;
      if (i >= 10) samples.push(ms);
    }
    return samples;
  } finally {
    await browser.close();
  }
}

type ProbeWindow = Window & { __heardProbe(digits: string): Promise<number> };

/**
 * Runs in the page: resolves with the time from the next Enter keydown to the painted
 * history. Plain JavaScript text, because a function passed from here would be rewritten
 * by the TypeScript loader (it adds helpers the page does not have).
 */
const installProbe = `
window.__heardProbe = (digits) => new Promise((resolve) => {
  let t0 = 0;
  window.addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now(); }, { capture: true, once: true });
  const shown = () => {
    const calling = document.querySelector('[data-testid="calling-number"]')?.textContent ?? '';
    return t0 > 0 && calling.replace(/\\D/g, '').endsWith(digits.slice(-10)) && document.querySelector('[data-testid="calls"]');
  };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
});`;
