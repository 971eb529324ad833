import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../core/api/result.js';
import {
  argvFromSecondInstance,
  createActionQueue,
  forwardLinkAction,
  linkActionFromArgv,
  linkActionFromUrl,
  type LinkAction,
} from '../../../../electron/main/links.js';

describe('linkActionFromArgv', () => {
  it('turns --call <number> and --call=<number> into a screen pop', () => {
    expect(linkActionFromArgv(['/opt/Heard/heard', '--call', '+14155552671'])).toEqual({ kind: 'screenPop', number: '+14155552671' });
    expect(linkActionFromArgv(['electron', 'dist/electron/main.js', '--call=415 555 2671'])).toEqual({ kind: 'screenPop', number: '415 555 2671' });
  });

  it('forwards heard: and tel: links whole, for the backend to parse', () => {
    expect(linkActionFromArgv(['heard.exe', 'heard://call?number=+14155552671'])).toEqual({ kind: 'open', url: 'heard://call?number=+14155552671' });
    expect(linkActionFromArgv(['heard.exe', '--allow-file-access', 'tel:+1-415-555-2671;ext=12'])).toEqual({ kind: 'open', url: 'tel:+1-415-555-2671;ext=12' });
  });

  it('ignores Chromium switches, script paths and links it cannot read', () => {
    expect(linkActionFromArgv(['electron', 'dist/electron/main.js', '--original-process-start-time=1'])).toBeNull();
    expect(linkActionFromArgv(['heard.exe', 'heard://settings'])).toBeNull();
    expect(linkActionFromArgv(['heard.exe', '--call'])).toBeNull();
    expect(linkActionFromArgv([])).toBeNull();
  });
});

describe('linkActionFromUrl', () => {
  it('accepts only heard: and tel:', () => {
    expect(linkActionFromUrl(' tel:+14155552671 ')).toEqual({ kind: 'open', url: 'tel:+14155552671' });
    expect(linkActionFromUrl('HEARD://call?number=1')).toEqual({ kind: 'open', url: 'HEARD://call?number=1' });
    expect(linkActionFromUrl('https://evil.example/?tel:1')).toBeNull();
    expect(linkActionFromUrl('file:///etc/passwd')).toBeNull();
  });
});

describe('argvFromSecondInstance', () => {
  it("prefers the second instance's own argv from additionalData", () => {
    const sent = ['heard.exe', '--call', '555'];
    expect(argvFromSecondInstance(['heard.exe', '555', '--call', '--flag'], { argv: sent })).toEqual(sent);
  });

  it('falls back to the event argv when additionalData is missing or malformed', () => {
    const argv = ['heard.exe', 'tel:1'];
    expect(argvFromSecondInstance(argv, undefined)).toBe(argv);
    expect(argvFromSecondInstance(argv, { argv: [1, 2] })).toBe(argv);
    expect(argvFromSecondInstance(argv, 'argv')).toBe(argv);
  });
});

describe('createActionQueue', () => {
  it('holds actions until started, then runs them and later ones in order', () => {
    const queue = createActionQueue<number>();
    const ran: number[] = [];
    queue.push(1);
    queue.push(2);
    expect(ran).toEqual([]);
    queue.start((n) => ran.push(n));
    queue.push(3);
    expect(ran).toEqual([1, 2, 3]);
  });
});

describe('forwardLinkAction', () => {
  function backend(answer: Result<unknown>) {
    const calls: unknown[] = [];
    const pops: unknown[] = [];
    return {
      calls,
      pops,
      call: (name: string, input: unknown) => {
        calls.push({ name, input });
        return Promise.resolve(answer);
      },
      requestScreenPop: (number: string, source: string) => void pops.push({ number, source }),
    };
  }

  it('sends a link to the backend as links.open {url}', async () => {
    const b = backend({ ok: true, value: { number: '+14155552671' } });
    await forwardLinkAction(b, { kind: 'open', url: 'tel:+14155552671' });
    expect(b.calls).toEqual([{ name: 'links.open', input: { url: 'tel:+14155552671' } }]);
    expect(b.pops).toEqual([]);
  });

  it('sends --call as a screen pop request with source argv', async () => {
    const b = backend({ ok: true, value: null });
    await forwardLinkAction(b, { kind: 'screenPop', number: '555 0100' });
    expect(b.pops).toEqual([{ number: '555 0100', source: 'argv' }]);
    expect(b.calls).toEqual([]);
  });

  it('logs a refused link', async () => {
    const b = backend({ ok: false, error: { code: 'INVALID_PHONE', message: 'Not a phone number.' } });
    const logged: string[] = [];
    const action: LinkAction = { kind: 'open', url: 'tel:abc' };
    await forwardLinkAction(b, action, (message) => logged.push(message));
    expect(logged).toEqual(['[main] link not opened: Not a phone number.']);
  });
});
