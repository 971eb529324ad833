import { parseScenario } from '../parseScenario.js';
import type { ScenarioDefinition } from '../schema/scenario.js';
import broadband from './broadband-third-outage.json' with { type: 'json' };
import cardHold from './card-hold-simply-wrong.json' with { type: 'json' };
import energy from './energy-estimated-bill.json' with { type: 'json' };
import garden from './garden-plugs-talkative.json' with { type: 'json' };
import gym from './gym-cancel-demanding-wrong.json' with { type: 'json' };
import hotel from './hotel-refund-demanding.json' with { type: 'json' };
import insurance from './insurance-claim-courtesy-car.json' with { type: 'json' };
import parcel from './parcel-marked-delivered.json' with { type: 'json' };
import phone from './phone-upgrade-indecisive.json' with { type: 'json' };
import meter from './smart-meter-lonely.json' with { type: 'json' };
import sofa from './sofa-delivery-missed.json' with { type: 'json' };
import tv from './tv-paused-talkative-lonely.json' with { type: 'json' };

// The scenarios that ship with Heard, each checked by the same parser an admin's folder of
// scenarios goes through. A broken shipped file fails loudly at import (and in the tests),
// naming the file and the field, rather than showing a trainee half a scenario.

export const SHIPPED_SCENARIO_FILES: readonly (readonly [string, unknown])[] = [
  ['broadband-third-outage.json', broadband],
  ['parcel-marked-delivered.json', parcel],
  ['energy-estimated-bill.json', energy],
  ['garden-plugs-talkative.json', garden],
  ['hotel-refund-demanding.json', hotel],
  ['phone-upgrade-indecisive.json', phone],
  ['card-hold-simply-wrong.json', cardHold],
  ['smart-meter-lonely.json', meter],
  ['insurance-claim-courtesy-car.json', insurance],
  ['sofa-delivery-missed.json', sofa],
  ['tv-paused-talkative-lonely.json', tv],
  ['gym-cancel-demanding-wrong.json', gym],
];

function loadShipped(): ScenarioDefinition[] {
  const errors: string[] = [];
  const out: ScenarioDefinition[] = [];
  for (const [file, json] of SHIPPED_SCENARIO_FILES) {
    const r = parseScenario(json, file);
    if (r.ok) out.push(r.value);
    else errors.push(...r.errors);
  }
  if (errors.length > 0) throw new Error(`Shipped practice scenarios are invalid:\n${errors.join('\n')}`);
  return out;
}

export const SHIPPED_SCENARIOS: readonly ScenarioDefinition[] = loadShipped();

export function shippedScenario(id: string): ScenarioDefinition | undefined {
  return SHIPPED_SCENARIOS.find((s) => s.id === id);
}
