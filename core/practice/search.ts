import type { CompiledScenario } from './compile.js';
import { startPractice, stepPractice } from './engine.js';
import type { PracticeInput } from './inputs.js';
import { trainingMoves, type Move } from './moves.js';
import type { Ending } from './schema/scenario.js';
import type { PracticeState } from './state.js';

// Can this scenario end each of the ways it says it can? A best-first search over sequences of
// trainee moves (moves.ts), guided toward the ending by a distance estimate. Used by the tests
// for every shipped scenario, and available to an admin importing a folder of new ones: a
// scenario whose caller can never be calmed is a broken scenario, whatever its JSON says.

export type SearchResult = { ending: Ending; found: boolean; inputs: PracticeInput[]; moves: string[]; expanded: number };

export type SearchOptions = { seed?: number; at?: number; maxNodes?: number; moves?: readonly Move[] };

function distance(sc: CompiledScenario, s: PracticeState, ending: Ending): number {
  const partsLeft = sc.parts.length - s.partsTold;
  const greeting = s.phase === 'greeting' ? 1 : 0;
  switch (ending) {
    case 'hung_up':
      return s.patience;
    case 'escalation_demanded':
      return Math.max(0, sc.params.escalateAt - s.mood) / 5;
    case 'resolved_calm': {
      const missing = sc.facts.filter((f) => f.required && s.found[f.id] === undefined).length;
      return greeting + partsLeft + missing + (s.offers.ready ? 0 : sc.params.confirmations - s.offers.accepted) + Math.max(0, s.mood - sc.params.calmAt) / 8 + (s.hold.on ? 1 : 0);
    }
  }
}

/** What makes two states the same for the search; the line generator is left out on purpose. */
function stateKey(s: PracticeState): string {
  const uses = Object.entries(s.uses)
    .map(([k, n]) => `${k}${Math.min(n ?? 0, 4)}`)
    .sort()
    .join(',');
  const h = s.hold;
  return [s.phase, s.mood, s.patience, s.partsTold, Object.keys(s.found).sort().join('+'), s.offTopic, h.on, h.permission, h.permitted, h.missedCheckins > 0, s.offers.accepted, s.offers.ready, uses].join('|');
}

type Node = { state: PracticeState; parent: Node | null; move: number; input: PracticeInput | null; depth: number; score: number };

/** A small binary heap on score, ties by insertion order so the search is deterministic. */
class Frontier {
  private items: { node: Node; order: number }[] = [];
  private count = 0;
  get size() {
    return this.items.length;
  }
  push(node: Node) {
    this.items.push({ node, order: this.count++ });
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      [this.items[i], this.items[p]] = [this.items[p]!, this.items[i]!];
      i = p;
    }
  }
  pop(): Node | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (top === undefined || last === undefined) return undefined;
    if (this.items.length > 0) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.less(l, m)) m = l;
        if (r < this.items.length && this.less(r, m)) m = r;
        if (m === i) break;
        [this.items[i], this.items[m]] = [this.items[m]!, this.items[i]!];
        i = m;
      }
    }
    return top.node;
  }
  private less(a: number, b: number) {
    const x = this.items[a]!;
    const y = this.items[b]!;
    return x.node.score < y.node.score || (x.node.score === y.node.score && x.order < y.order);
  }
}

export function searchEnding(sc: CompiledScenario, ending: Ending, options: SearchOptions = {}): SearchResult {
  const moves = options.moves ?? trainingMoves(sc);
  const maxNodes = options.maxNodes ?? 20_000;
  const root: Node = { state: startPractice(sc, { seed: options.seed ?? 1, at: options.at ?? 0 }), parent: null, move: -1, input: null, depth: 0, score: 0 };
  const frontier = new Frontier();
  frontier.push(root);
  const seen = new Set<string>([stateKey(root.state)]);
  let expanded = 0;
  while (frontier.size > 0 && expanded < maxNodes) {
    const node = frontier.pop() as Node;
    expanded++;
    if (node.state.phase === 'ended') {
      if (node.state.ending === ending) return result(sc, ending, node, moves, expanded);
      continue;
    }
    moves.forEach((move, i) => {
      const input = move.input(node.state.now + move.gapMs);
      const next = stepPractice(sc, node.state, input).state;
      const key = stateKey(next);
      if (seen.has(key)) return;
      seen.add(key);
      const depth = node.depth + 1;
      frontier.push({ state: next, parent: node, move: i, input, depth, score: distance(sc, next, ending) * 4 + depth });
    });
  }
  return { ending, found: false, inputs: [], moves: [], expanded };
}

function result(_sc: CompiledScenario, ending: Ending, node: Node, moves: readonly Move[], expanded: number): SearchResult {
  const path: Node[] = [];
  for (let n: Node | null = node; n !== null && n.input !== null; n = n.parent) path.unshift(n);
  return { ending, found: true, inputs: path.map((n) => n.input as PracticeInput), moves: path.map((n) => moves[n.move]?.label ?? '?'), expanded };
}

/** Every ending the scenario declares, searched for. */
export function checkEndings(sc: CompiledScenario, options: SearchOptions = {}): SearchResult[] {
  return sc.endings.map((e) => searchEnding(sc, e, options));
}
