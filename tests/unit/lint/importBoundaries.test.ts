import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints source text as if it were a file in a given folder, with the project's real config.
const eslint = new ESLint({ cwd: path.resolve('.') });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'heard/import-boundaries').map((m) => m.message);
}

describe('import boundaries (DESIGN.md table)', () => {
  it('rejects core importing the store', async () => {
    const errors = await boundaryErrors('core/model/bad.ts', "import { openStore } from '../../db/open.js';\nexport const x = openStore;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/core may not import db/);
  });

  it('rejects core importing Node built-ins', async () => {
    const errors = await boundaryErrors('core/model/bad.ts', "import fs from 'node:fs';\nexport const x = fs;\n");
    expect(errors[0]).toMatch(/core may not import the package "node:fs"/);
  });

  it('rejects the renderer importing the database or the backend', async () => {
    const errors = await boundaryErrors(
      'renderer/app/bad.ts',
      "import { openStore } from '../../db/open.js';\nimport { createBackend } from '../../backend/backend.js';\nexport const x = [openStore, createBackend];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it('lets main import only the types of the backend', async () => {
    const valueImport = await boundaryErrors('electron/main/bad.ts', "import { createBackend } from '../../backend/backend.js';\nexport const x = createBackend;\n");
    const typeImport = await boundaryErrors('electron/main/ok.ts', "import type { Backend } from '../../backend/backend.js';\nexport type X = Backend;\n");
    expect(valueImport).toHaveLength(1);
    expect(typeImport).toHaveLength(0);
  });

  it('lets the preload import the wire definitions but not the schemas', async () => {
    const names = await boundaryErrors('electron/preload/ok.ts', "import { IPC_CHANNELS } from '../../core/api/wire.js';\nexport const x = IPC_CHANNELS;\n");
    const schemas = await boundaryErrors('electron/preload/bad.ts', "import { commands } from '../../core/api/commands.js';\nexport const x = commands;\n");
    expect(names).toHaveLength(0);
    expect(schemas).toHaveLength(1);
  });

  it('accepts what the table allows', async () => {
    const errors = await boundaryErrors(
      'backend/ok.ts',
      "import { openStore } from '../../db/open.js';\nimport { LIMITS } from '../../core/model/limits.js';\nexport const x = [openStore, LIMITS];\n",
    );
    expect(errors).toHaveLength(0);
  });
});
