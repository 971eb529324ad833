import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints source text as if it were a file in a given folder, with the project's real config.
const eslint = new ESLint({ cwd: path.resolve('.') });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'heard/import-boundaries').map((m) => m.message);
}

describe('import boundaries (docs/ARCHITECTURE.md table)', () => {
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

  describe('renderer features: outside a feature, only its index', () => {
    it('refuses one feature importing an inner file of another', async () => {
      const errors = await boundaryErrors(
        'renderer/features/call/HistorySide.tsx',
        "import { CallsPanel } from '../history/panels/CallsPanel.js';\nexport const x = CallsPanel;\n",
      );
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBe(
        'renderer/features/history/panels/CallsPanel.js is inside the history feature; from outside it, import only its public face, ' +
          'renderer/features/history/index.ts (export what you need there). See docs/ARCHITECTURE.md, renderer features.',
      );
    });

    it('refuses the shell importing an inner file, types included', async () => {
      const errors = await boundaryErrors(
        'renderer/app/bad.ts',
        "import { CallScreen } from '../features/call/CallScreen.js';\nimport type { HoldNow } from '../features/call/hold/holdNow.js';\nexport const x = CallScreen;\nexport type Y = HoldNow;\n",
      );
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatch(/inside the call feature; from outside it, import only its public face, renderer\/features\/call\/index\.ts/);
    });

    it('treats any folder under renderer/features as a feature, one not written yet too', async () => {
      const errors = await boundaryErrors('renderer/app/bad.ts', "import { Scorecard } from '../features/qa/Scorecard.js';\nexport const x = Scorecard;\n");
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/inside the qa feature/);
    });

    it("accepts a feature's index, from the shell and from another feature", async () => {
      const fromApp = await boundaryErrors('renderer/app/ok.ts', "import { CallScreen } from '../features/call/index.js';\nexport const x = CallScreen;\n");
      const fromFeature = await boundaryErrors(
        'renderer/features/call/HistorySide.tsx',
        "import { CallsPanel } from '../history/index.js';\nimport type { CustomerSlice } from '../history/index.js';\nexport const x = CallsPanel;\nexport type Y = CustomerSlice;\n",
      );
      expect(fromApp).toHaveLength(0);
      expect(fromFeature).toHaveLength(0);
    });

    it('lets files inside one feature import each other, across its sub-rooms', async () => {
      const errors = await boundaryErrors(
        'renderer/features/call/wrapUp/WrapUpDialog.tsx',
        "import { planWrapUp } from './wrapUpPlan.js';\nimport { MOOD_CHOICES } from '../choices.js';\nimport { holdNow } from '../hold/holdNow.js';\nexport const x = [planWrapUp, MOOD_CHOICES, holdNow];\n",
      );
      expect(errors).toHaveLength(0);
    });

    it('lets tests import any file of a feature', async () => {
      const errors = await boundaryErrors(
        'tests/unit/renderer/features/call/hold/holdNow.test.ts',
        "import { holdNow } from '../../../../../../renderer/features/call/hold/holdNow.js';\nexport const x = holdNow;\n",
      );
      expect(errors).toHaveLength(0);
    });
  });
});
