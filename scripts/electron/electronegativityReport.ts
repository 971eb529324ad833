// Judging an Electronegativity run: which findings fail the build, which are reviewed
// false positives. Pure, so the rules are unit-tested (tests/unit/electron).

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export type Finding = {
  id: string;
  /** Relative to the scanned folder, or "N/A" for whole-application checks. */
  file: string;
  line: number;
  severity: Severity;
  confidence: string;
  description: string;
};

/**
 * A reviewed finding. Narrow on purpose: one check, one file, and (for code findings) the
 * text of the flagged line, so the waiver lapses as soon as that code changes.
 */
export type Waiver = { check: string; file: string; lineText?: RegExp; why: string };

export type Verdict = {
  /** HIGH and not waived: these fail `npm test`. */
  blocking: Finding[];
  waived: { finding: Finding; why: string }[];
  /** Below HIGH and not waived: printed for review, never failing. */
  review: Finding[];
  /** Waivers that matched nothing: the code they excused has changed or gone. */
  stale: Waiver[];
};

export function judgeFindings(findings: readonly Finding[], waivers: readonly Waiver[], lineAt: (file: string, line: number) => string): Verdict {
  const verdict: Verdict = { blocking: [], waived: [], review: [], stale: [] };
  const used = new Set<Waiver>();
  for (const finding of findings) {
    const waiver = waivers.find(
      (w) => w.check === finding.id && w.file === finding.file && (!w.lineText || w.lineText.test(lineAt(finding.file, finding.line))),
    );
    if (waiver) {
      used.add(waiver);
      verdict.waived.push({ finding, why: waiver.why });
    } else if (finding.severity === 'HIGH') verdict.blocking.push(finding);
    else verdict.review.push(finding);
  }
  verdict.stale = waivers.filter((w) => !used.has(w));
  return verdict;
}

/** The window's options are built by mainWindowOptions() in electron/main/window.ts, which the tool cannot follow. */
const WINDOW_OPTIONS_LINE = /new BrowserWindow\(mainWindowOptions\(/;
const WINDOW_OPTIONS_WHY =
  'The options come from mainWindowOptions() (electron/main/window.ts): contextIsolation, sandbox, ' +
  "nodeIntegration false, disableBlinkFeatures 'Auxclick' and the rest are set there and pinned by " +
  'tests/unit/electron/main/window.test.ts. The tool only reads object literals written inside `new BrowserWindow(...)`.';

export const WAIVERS: readonly Waiver[] = [
  { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/main.ts', lineText: WINDOW_OPTIONS_LINE, why: WINDOW_OPTIONS_WHY },
  { check: 'SANDBOX_JS_CHECK', file: 'main/main.ts', lineText: WINDOW_OPTIONS_LINE, why: WINDOW_OPTIONS_WHY },
  { check: 'AUXCLICK_JS_CHECK', file: 'main/main.ts', lineText: WINDOW_OPTIONS_LINE, why: WINDOW_OPTIONS_WHY },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    why:
      'The CSP is a response header on every app:// response (electron/main/csp.ts, protocol.ts; ' +
      'tests/unit/electron/main/csp.test.ts, protocol.test.ts). The tool looks only for <meta> tags and onHeadersReceived.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/security.ts',
    lineText: /links\.openExternal\(url\)/,
    why: 'Reached only after isAllowedExternalUrl(): https, no credentials, default port, exact host from EXTERNAL_LINK_HOSTS.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/main.ts',
    lineText: /openExternal: \(url\) => shell\.openExternal\(url\)/,
    why: 'Handed to hardenWebContents() as its opener; it is called only for allow-listed https links (security.ts).',
  },
  {
    check: 'PROTOCOL_HANDLER_JS_CHECK',
    file: 'main/main.ts',
    lineText: /setAsDefaultProtocolClient\(scheme/,
    why:
      'heard:/tel: links carry only a phone number: main forwards the URL as `links.open`, whose input is ' +
      'schema-checked and parsed by parseCallLink in the backend; nothing else in a link is acted on.',
  },
];
