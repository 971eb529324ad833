// A tiny argument reader: "--name value" and "--flag" pairs after positional words.
// Enough for the server's few commands, without a dependency.

export type ParsedArgs = { positional: string[]; options: Map<string, string> };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        options.set(arg.slice(2, eq), arg.slice(eq + 1));
      } else {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          options.set(arg.slice(2), next);
          i++;
        } else {
          options.set(arg.slice(2), 'true');
        }
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}
