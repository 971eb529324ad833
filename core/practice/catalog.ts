import type { ParseResult } from '../call/parse.js';
import { parseScenario } from './parseScenario.js';
import type { ScenarioDefinition } from './schema/scenario.js';
import { SHIPPED_SCENARIOS } from './scenarios/index.js';

// The scenarios a desk can pick from: the shipped ones plus a team's own, added from a folder
// as custom scripts are (issue 11). The backend reads the files; this checks them, keeps the
// good ones and reports every problem of the bad ones, each naming its file and field.

export type ScenarioCatalog = { scenarios: ScenarioDefinition[]; errors: string[] };

export function scenarioCatalog(files: readonly { name: string; text: string }[]): ScenarioCatalog {
  const scenarios: ScenarioDefinition[] = [...SHIPPED_SCENARIOS];
  const errors: string[] = [];
  for (const file of files) {
    const r: ParseResult<ScenarioDefinition> = parseScenario(file.text, file.name);
    if (!r.ok) {
      errors.push(...r.errors);
      continue;
    }
    if (scenarios.some((s) => s.id === r.value.id)) {
      errors.push(`${file.name}: id: "${r.value.id}" is already used by another scenario; choose another id`);
      continue;
    }
    scenarios.push(r.value);
  }
  return { scenarios, errors };
}
