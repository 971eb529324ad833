import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCRIPTS, HEARD_SCRIPT, IRATE_SCRIPT, LAST_SCRIPT, ScriptDefinition, parseScript, scriptCatalog } from '../../../../core/call/index.js';

const validCustom = {
  id: 'support',
  name: 'Support desk',
  steps: [
    { id: 'greet', title: 'Greet', prompt: 'Company, your name, an offer to help.', examples: ['Thanks for calling Acme, this is Sam.', 'How can I help today?'], key: 1 },
    { id: 'restate', title: 'Restate', prompt: 'Say their reason back in your words.', examples: ['So the app logs you out every hour?', 'Let me make sure I have this right.'], key: 2 },
    { id: 'resolve', title: 'Resolve', prompt: 'Fix it or say when you will call back.', examples: ['I can reset that now.', "I'll call you back by 3."], key: 3 },
  ],
};

describe('built-in scripts', () => {
  it('are valid script definitions with unique step ids and keys', () => {
    for (const script of BUILT_IN_SCRIPTS) {
      expect(ScriptDefinition.parse(script)).toEqual(script);
      expect(new Set(script.steps.map((s) => s.key)).size).toBe(script.steps.length);
      for (const step of script.steps) {
        expect(step.examples.length).toBeGreaterThanOrEqual(2);
        expect(step.examples.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('follow the methods in DOMAIN.md', () => {
    expect(HEARD_SCRIPT.steps.map((s) => s.title)).toEqual(['Hear', 'Empathize', 'Apologize', 'Resolve', 'Diagnose']);
    expect(HEARD_SCRIPT.steps.filter((s) => s.wrapUp).map((s) => s.id)).toEqual(['diagnose']);
    expect(LAST_SCRIPT.steps.map((s) => s.title)).toEqual(['Listen', 'Apologize', 'Solve', 'Thank']);
    expect(IRATE_SCRIPT.steps.map((s) => s.id)).toEqual(['self_control', 'listen', 'empathize', 'restate', 'no_blame', 'resolve']);
    expect(HEARD_SCRIPT.steps.map((s) => s.key)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('parseScript', () => {
  it('accepts a valid custom script and fills the defaults', () => {
    const r = parseScript(validCustom, 'support.json');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.description).toBe('');
      expect(r.value.steps.every((s) => s.wrapUp === false)).toBe(true);
      expect(scriptCatalog([r.value]).get('support')?.name).toBe('Support desk');
    }
  });

  it('names the file and the field path of a missing field', () => {
    const bad = structuredClone(validCustom) as { steps: Record<string, unknown>[] };
    delete bad.steps[2]!.prompt;
    expect(parseScript(bad, 'support.json')).toEqual({ ok: false, errors: ['support.json: steps.2.prompt: Required'] });
  });

  it('reports every problem, each with its path', () => {
    const bad = { id: 'Support Desk', steps: [{ id: 'greet', title: 'Greet', prompt: 'Hi', examples: ['one'], key: 12 }] };
    const r = parseScript(bad, 'team/support.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('team/support.json: name: Required');
      expect(r.errors).toContain('team/support.json: steps.0.examples: Give 2 to 4 example phrases');
      expect(r.errors).toContain('team/support.json: steps.0.key: A key is a digit from 1 to 9');
      expect(r.errors.some((e) => e.startsWith('team/support.json: id: A script id is lowercase'))).toBe(true);
    }
  });

  it('refuses duplicate step ids and keys, naming both places', () => {
    const bad = structuredClone(validCustom);
    bad.steps[2]!.id = 'greet';
    bad.steps[1]!.key = 1;
    expect(parseScript(bad, 'support.json')).toEqual({
      ok: false,
      errors: ['support.json: steps.1.key: Duplicate key 1 (also steps.0.key)', 'support.json: steps.2.id: Duplicate step id "greet" (also steps.0.id)'],
    });
  });

  it('refuses unknown fields, too many steps and a built-in id', () => {
    expect(parseScript({ ...validCustom, colour: 'red' }, 's.json')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^s\.json: .*colour/)] });
    const ten = Array.from({ length: 10 }, (_, i) => ({ ...validCustom.steps[0]!, id: `s${i}`, key: (i % 9) + 1 }));
    expect(parseScript({ ...validCustom, steps: ten }, 's.json')).toMatchObject({ ok: false, errors: expect.arrayContaining(['s.json: steps: A script has at most 9 steps (keys 1-9)']) });
    expect(parseScript({ ...validCustom, id: 'heard' }, 'heard.json')).toEqual({ ok: false, errors: ['heard.json: id: "heard" is a built-in script; choose another id'] });
  });

  it('reads raw file text, and says when it is not JSON', () => {
    expect(parseScript(JSON.stringify(validCustom), 'support.json').ok).toBe(true);
    const r = parseScript('{ "id": ', 'support.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^support\.json: not valid JSON/);
    expect(parseScript(42, 'support.json')).toEqual({ ok: false, errors: ['support.json: Invalid input: expected object, received number'] });
  });
});
