import type { ScriptDefinition } from '../../../../core/call/scripts/schema.js';

/**
 * A letter per method for the start dialog: the first letter of its name not yet taken
 * (HEARD → H, LAST → L, Irate caller → I), skipping letters the dialog already uses.
 */
export function scriptKeys(scripts: readonly ScriptDefinition[], reserved: readonly string[] = []): { id: string; name: string; key: string }[] {
  const taken = new Set(reserved.map((r) => r.toLowerCase()));
  return scripts.map((s) => {
    const letters = [...s.name.toLowerCase(), ...s.id.toLowerCase()].filter((c) => /[a-z]/.test(c));
    const key = letters.find((c) => !taken.has(c)) ?? '';
    if (key) taken.add(key);
    return { id: s.id, name: s.name, key };
  });
}
