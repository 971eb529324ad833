import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALLOWED, LAYERS } from '../../../scripts/lint/importBoundaries.js';

// docs/ARCHITECTURE.md's import table is the one a newcomer reads; the lint rule's ALLOWED
// is the one that is enforced. This keeps the two the same, so neither can drift.

type Rule = { values: string[]; types: string[]; files?: string[] };

function cells(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
}

/** The table between the import-table markers, as from -> rule (a layer's own folder left implicit). */
function documentedTable(markdown: string): Record<string, Rule> {
  const start = markdown.indexOf('<!-- import-table');
  const end = markdown.indexOf('<!-- /import-table -->');
  if (start < 0 || end < start) throw new Error('docs/ARCHITECTURE.md has no import-table markers');
  const rows = markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  const table: Record<string, Rule> = {};
  for (const row of rows) {
    const [from, values, types, files] = row.split('|').slice(1, 5).map((c) => c.trim());
    const layer = cells(from ?? '')[0];
    if (!layer) throw new Error(`unreadable row: ${row}`);
    table[layer] = {
      values: values === 'everything' ? [...LAYERS] : [layer, ...cells(values ?? '')],
      types: cells(types ?? ''),
      files: cells(files ?? ''),
    };
  }
  return table;
}

const normalise = (rule: Rule) => ({ values: [...new Set(rule.values)].sort(), types: [...rule.types].sort(), files: [...(rule.files ?? [])].sort() });

describe('docs/ARCHITECTURE.md import table', () => {
  const documented = documentedTable(readFileSync('docs/ARCHITECTURE.md', 'utf8'));
  const enforced = ALLOWED as Record<string, Rule>;

  it('names every layer the lint rule knows, and no other', () => {
    expect(Object.keys(documented).sort()).toEqual(Object.keys(enforced).sort());
    expect(Object.keys(enforced).sort()).toEqual([...LAYERS].sort());
  });

  it('says for each layer exactly what the lint rule enforces', () => {
    for (const layer of Object.keys(enforced)) {
      const rule = enforced[layer] as Rule;
      expect(normalise(documented[layer] as Rule), layer).toEqual(normalise({ ...rule, values: [layer, ...rule.values] }));
    }
  });

  it('reads a changed table as different (the check can fail)', () => {
    const altered = readFileSync('docs/ARCHITECTURE.md', 'utf8').replace('| `renderer` | `core` |', '| `renderer` | `core`, `db` |');
    expect(normalise(documentedTable(altered).renderer as Rule)).not.toEqual(normalise({ ...(enforced.renderer as Rule), values: ['renderer', ...(enforced.renderer as Rule).values] }));
  });
});
