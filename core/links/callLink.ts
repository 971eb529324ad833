// Where a number can come from outside the app: a heard://call?number=... link, a tel:
// link (a softphone or a web page), or the --call <number> start-up argument.
// Returns the raw number text; normalizing it is the screen pop's job, so a bad number gets
// the same clear message however it arrived.

export type CallLinkError = { code: 'BAD_INPUT'; message: string };

export function parseCallLink(url: string): { ok: true; number: string } | { ok: false; error: CallLinkError } {
  const fail = (message: string) => ({ ok: false as const, error: { code: 'BAD_INPUT' as const, message } });
  const text = url.trim();
  if (/^tel:/i.test(text)) {
    // RFC 3966: tel:+1-415-555-2671;ext=12 — parameters after ';' are not part of the number.
    const number = decodeURIComponentSafe(text.slice(4).split(';')[0] ?? '');
    return number ? { ok: true, number } : fail('The tel: link has no number.');
  }
  if (/^heard:/i.test(text)) {
    // heard://call?number=... or heard:call?number=... Parsed by hand: core has no URL class
    // (no DOM, no Node), and "+" must stay a plus, not become a space as in form encoding,
    // because softphones send "number=+14155552671" unencoded.
    const m = /^heard:(?:\/\/)?([^?#/]*)\/?(?:\?([^#]*))?/i.exec(text);
    const action = (m?.[1] ?? '').toLowerCase();
    if (action !== 'call') return fail(`heard: links support only "call", not "${action}".`);
    const number = queryParam(m?.[2] ?? '', 'number');
    return number ? { ok: true, number } : fail('The heard: link has no number (heard://call?number=...).');
  }
  return fail('Only heard://call?number=... and tel: links can open a call.');
}

/** Finds `--call <number>` or `--call=<number>` in process arguments, or a link passed as an argument. */
export function callFromArgv(argv: readonly string[]): { number: string; source: 'argv' | 'link' } | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--call' && argv[i + 1]) return { number: argv[i + 1] as string, source: 'argv' };
    if (arg.startsWith('--call=')) return { number: arg.slice('--call='.length), source: 'argv' };
    if (/^(heard|tel):/i.test(arg)) {
      const link = parseCallLink(arg);
      if (link.ok) return { number: link.number, source: 'link' };
    }
  }
  return null;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function queryParam(query: string, name: string): string | null {
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (decodeURIComponentSafe(key) === name) return decodeURIComponentSafe(eq < 0 ? '' : part.slice(eq + 1)).trim();
  }
  return null;
}
