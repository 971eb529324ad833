import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEARD_SCRIPT } from '../../../../core/call/scripts/heard.js';
import { callHarness, type CallHarness } from '../calls/callHarness.js';

let h: CallHarness;
const dirs: string[] = [];
afterEach(() => {
  h?.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const support = {
  id: 'support',
  name: 'Support desk',
  steps: [
    { id: 'listen', title: 'Listen', prompt: 'Let them talk.', examples: ['Go on.', 'Tell me more.'], key: 1 },
    { id: 'fix', title: 'Fix', prompt: 'Fix it.', examples: ['Done.', 'Sorted.'], key: 2 },
  ],
};

describe('scripts.list', () => {
  it('lists the built-ins and the team\'s valid scripts, naming the file and field of each problem, without failing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-scripts-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'support.json'), JSON.stringify(support));
    writeFileSync(path.join(dir, 'broken.json'), '{ "id": "broken", ');
    writeFileSync(path.join(dir, 'missing.json'), JSON.stringify({ ...support, id: 'missing', steps: [{ ...support.steps[0], prompt: undefined }] }));
    writeFileSync(path.join(dir, 'heard.json'), JSON.stringify({ ...support, id: 'heard' }));
    writeFileSync(path.join(dir, 'twin.json'), JSON.stringify({ ...support, name: 'Twin' }));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a script');
    h = callHarness({ config: { scriptsDir: dir } });

    const listed = await h.ok('scripts.list', {});
    expect(listed.scripts.map((s) => s.id)).toEqual(['heard', 'last', 'irate', 'support']);
    expect(listed.scripts[0]).toEqual(HEARD_SCRIPT);
    expect(listed.problems).toEqual([
      expect.stringMatching(/^broken\.json: not valid JSON/),
      'heard.json: id: "heard" is a built-in script; choose another id',
      'missing.json: steps.0.prompt: Required',
      'twin.json: id: "support" is already used by support.json; this file is not loaded',
    ]);
    const call = await h.startCall({ scriptId: 'support' });
    expect(call.state.script).toMatchObject({ id: 'support', name: 'Support desk', known: true });

    // A file added while the desk runs shows at the next listing, and can be used at once.
    writeFileSync(path.join(dir, 'quick.json'), JSON.stringify({ ...support, id: 'quick', name: 'Quick' }));
    expect((await h.ok('scripts.list', {})).scripts.map((s) => s.id)).toContain('quick');
    expect((await h.record(call.callId, { type: 'script.switched', scriptId: 'quick' })).state.script.name).toBe('Quick');
  });

  it('lists the built-ins alone with no folder, or a folder that does not exist', async () => {
    h = callHarness({ config: { scriptsDir: '/nonexistent/heard-scripts' } });
    expect(await h.ok('scripts.list', {})).toEqual({ scripts: [expect.objectContaining({ id: 'heard' }), expect.objectContaining({ id: 'last' }), expect.objectContaining({ id: 'irate' })], problems: [] });
  });
});
