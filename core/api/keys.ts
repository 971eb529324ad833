/**
 * The names a contract map declares, and a guard for them. A set, not `name in map`:
 * "toString" and other inherited keys are not commands or events.
 */
export function namesOf<M extends object>(map: M): { names: (keyof M & string)[]; is(name: unknown): name is keyof M & string } {
  const names = Object.keys(map) as (keyof M & string)[];
  const known: ReadonlySet<string> = new Set(names);
  return { names, is: (name: unknown): name is keyof M & string => typeof name === 'string' && known.has(name) };
}
