import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The backend reaches the store only through db/ (docs/ARCHITECTURE.md, the data layer):
// a raw statement in backend/ would write past the WritableDb brand.
const eslint = new ESLint({ cwd: path.resolve('.') });

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(filePath) });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('SQL lives in db/', () => {
  it('refuses a prepared statement, a pragma or a transaction opened in the backend', async () => {
    const found = await messages(
      'backend/services/bad.ts',
      "import type { Database } from 'better-sqlite3';\nexport function f(db: Database) {\n  db.prepare('DELETE FROM calls').run();\n  db.pragma('foreign_keys = OFF');\n  db.transaction(() => 1).immediate();\n}\n",
    );
    expect(found.filter((m) => m.startsWith('SQL lives in db/'))).toHaveLength(3);
  });

  it('lets db/ do it, and leaves a RegExp.exec in the backend alone', async () => {
    expect(await messages('db/tables/ok.ts', "import type { Database } from 'better-sqlite3';\nexport const f = (db: Database) => db.prepare('SELECT 1').get();\n")).toEqual([]);
    expect(await messages('backend/services/ok.ts', "export const f = (s: string) => /^a(b)$/.exec(s);\n")).toEqual([]);
  });
});
