// The command and event names alone, with no schema library behind them, so the preload
// script (which may import nothing else of the project) can refuse unknown names cheaply.
// commands.ts is checked against this list at compile time and by a unit test.
export const COMMAND_NAMES = [
  'app.info',
  'screenPop.lookup',
  'customers.history',
  'customers.create',
  'search.query',
  'links.open',
  'call.start',
  'call.record',
  'call.get',
  'call.active',
  'scripts.list',
  'settings.get',
  'settings.update',
  'commitments.due',
  'commitments.get',
  'commitments.complete',
  'commitments.reschedule',
  'sync.status',
  'sync.enrol',
  'sync.signOut',
  'sync.setPaused',
  'sync.now',
  'sync.rejections',
  'sync.reviewRejections',
  'cases.get',
  'cases.update',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const EVENT_NAMES = ['screenPop.requested', 'hold.prompt', 'call.changed', 'commitment.due', 'sync.changed', 'sync.pulled'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && (COMMAND_NAMES as readonly string[]).includes(name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}
