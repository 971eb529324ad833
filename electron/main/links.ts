import { callFromArgv } from '../../core/links/callLink.js';
import type { BackendProcess } from './backendProcess.js';

/**
 * What to do with a number that arrived from outside. A link goes to the backend as
 * `links.open` (it parses the link and pops the screen, the same path a softphone's link
 * takes); `--call <number>` is already a bare number, so it is a screen pop request.
 */
export type LinkAction = { kind: 'open'; url: string } | { kind: 'screenPop'; number: string };

const LINK = /^(heard|tel):/i;

/** A URL from 'open-url' (macOS) or the OS: only our two schemes are acted on. */
export function linkActionFromUrl(url: string): LinkAction | null {
  return LINK.test(url.trim()) ? { kind: 'open', url: url.trim() } : null;
}

/**
 * Start-up or second-instance arguments (Windows and Linux pass a clicked link as an
 * argument). The first of `--call <n>`, `--call=<n>` or a link wins; Chromium's own
 * switches and the script path never match.
 */
export function linkActionFromArgv(argv: readonly string[]): LinkAction | null {
  const found = callFromArgv(argv);
  if (!found) return null;
  if (found.source === 'argv') return { kind: 'screenPop', number: found.number };
  const url = argv.find((arg) => LINK.test(arg));
  return url ? { kind: 'open', url } : null;
}

/**
 * The second instance sends its exact argv as additionalData (see main.ts), because the
 * argv Electron hands to 'second-instance' may be reordered or have switches appended,
 * which could split `--call` from its number. The event's own argv is the fallback.
 */
export function argvFromSecondInstance(argv: readonly string[], additionalData: unknown): readonly string[] {
  if (typeof additionalData === 'object' && additionalData !== null) {
    const sent = (additionalData as { argv?: unknown }).argv;
    if (Array.isArray(sent) && sent.every((arg) => typeof arg === 'string')) return sent as string[];
  }
  return argv;
}

/** Holds actions that arrive before the backend exists (macOS sends open-url before 'ready'). */
export function createActionQueue<T>(): { push(action: T): void; start(run: (action: T) => void): void } {
  let runner: ((action: T) => void) | null = null;
  const waiting: T[] = [];
  return {
    push(action) {
      if (runner) runner(action);
      else waiting.push(action);
    },
    start(run) {
      runner = run;
      for (const action of waiting.splice(0)) run(action);
    },
  };
}

/**
 * Hands an action to the backend. The link came from outside, so there is no caller to
 * answer: a link the backend refuses (not a number, malformed) is logged, and nothing pops.
 */
export function forwardLinkAction(
  backend: Pick<BackendProcess, 'call' | 'requestScreenPop'>,
  action: LinkAction,
  log: (message: string) => void = (message) => console.warn(message),
): Promise<void> {
  if (action.kind === 'screenPop') {
    backend.requestScreenPop(action.number, 'argv');
    return Promise.resolve();
  }
  return backend.call('links.open', { url: action.url }).then((result) => {
    if (!result.ok) log(`[main] link not opened: ${result.error.message}`);
  });
}
