import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '../../core/call/log.js';
import { scriptCatalog, type ScriptCatalog } from '../../core/call/scripts/catalog.js';
import { parseScript } from '../../core/call/scripts/parseScript.js';
import type { ScriptDefinition } from '../../core/call/scripts/schema.js';

/** A script file is a few KB; anything much larger is not one, and is not read into memory. */
const MAX_FILE_BYTES = 256 * 1024;

export type ScriptListing = { scripts: ScriptDefinition[]; problems: string[] };

/**
 * The built-in scripts plus a team's custom ones: every *.json file in a folder, checked
 * with core's parseScript. A bad file is listed as a problem naming the file and the field
 * and left out; it never stops the others loading, nor the backend starting. The folder is
 * re-read on every listing, so a supervisor's new file shows up without a restart.
 */
export class ScriptLibrary {
  private current: ScriptCatalog;
  private fingerprint = '';

  /** `onChange` runs when the catalog differs from the last one (folds must be redone). */
  constructor(
    private readonly dir: string | undefined,
    private readonly onChange: () => void = () => {},
  ) {
    this.current = scriptCatalog();
    this.reload();
  }

  catalog(): ScriptCatalog {
    return this.current;
  }

  reload(): ScriptListing {
    const { custom, problems } = readCustomScripts(this.dir);
    const catalog = scriptCatalog(custom);
    const fingerprint = canonicalJson([...catalog.values()]);
    if (fingerprint !== this.fingerprint) {
      const first = this.fingerprint === '';
      this.current = catalog;
      this.fingerprint = fingerprint;
      if (!first) this.onChange();
    }
    return { scripts: [...catalog.values()], problems };
  }
}

export function readCustomScripts(dir: string | undefined): { custom: ScriptDefinition[]; problems: string[] } {
  const custom: ScriptDefinition[] = [];
  const problems: string[] = [];
  if (dir === undefined || dir === '') return { custom, problems };
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.toLowerCase().endsWith('.json'))
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No folder means no custom scripts yet: normal on a fresh desk.
    if (code === 'ENOENT') return { custom, problems };
    return { custom, problems: [`${dir}: the scripts folder cannot be read (${code ?? String(error)})`] };
  }
  const firstFile = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    let text: string;
    try {
      const info = statSync(file);
      if (!info.isFile()) continue;
      if (info.size > MAX_FILE_BYTES) {
        problems.push(`${name}: the file is ${Math.round(info.size / 1024)} KB; a script file is at most ${MAX_FILE_BYTES / 1024} KB`);
        continue;
      }
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const parsed = parseScript(text, name);
    if (!parsed.ok) {
      problems.push(...parsed.errors);
      continue;
    }
    const taken = firstFile.get(parsed.value.id);
    if (taken !== undefined) {
      problems.push(`${name}: id: "${parsed.value.id}" is already used by ${taken}; this file is not loaded`);
      continue;
    }
    firstFile.set(parsed.value.id, name);
    custom.push(parsed.value);
  }
  return { custom, problems };
}
