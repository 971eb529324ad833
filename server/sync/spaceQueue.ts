import type { ServerDb } from '../db/connect.js';

// Pushes into one space run one after another anyway: each holds the space's counter row
// lock until it commits (push.ts). Without this queue, a burst of pushes into one space would
// each take a pooled connection just to wait on that lock, and once the pool was full every
// other request (pulls, other teams' pushes) would wait behind them. Queued here, a push
// takes a connection only when it is its turn, so a busy space cannot starve the rest.
// One process's queue; between processes sharing PostgreSQL the row lock still decides.

const queues = new WeakMap<ServerDb, Map<string, Promise<void>>>();

export function inSpaceQueue<T>(server: ServerDb, space: string, run: () => Promise<T>): Promise<T> {
  let spaces = queues.get(server);
  if (!spaces) {
    spaces = new Map();
    queues.set(server, spaces);
  }
  const previous = spaces.get(space) ?? Promise.resolve();
  const result = previous.then(run);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  spaces.set(space, tail);
  const map = spaces;
  void tail.then(() => {
    if (map.get(space) === tail) map.delete(space);
  });
  return result;
}
