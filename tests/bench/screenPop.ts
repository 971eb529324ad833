// npm run bench:screen-pop [-- --customers 1000000 --samples 3000 --browser-samples 300]
//
// The screen pop at full scale: 1,000,000 customers, 3,000,000 calls, 10,000,000 call
// events. For the same sample of real numbers it measures
//  (a) the screenPop.lookup command through the backend host: in-process dispatch
//      (validation, normalization, queries) and over the browser-mode WebSocket,
//  (b) the store's queries called directly (the SQL floor under the command),
//  (c) end to end in Chromium: number submitted to history painted.
// Prints percentiles and ends with one JSON line of the figures.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { normalizePhone } from '../../core/model/phone.js';
import { customerCandidates } from '../../db/read/candidates.js';
import { findCustomerIdsByPhone } from '../../db/tables/customers.js';
import { customerHistory } from '../../db/read/history.js';
import { createBackend } from '../../backend/backend.js';
import { startBrowserHost } from '../../backend/hosts/wsHost.js';
import { connect } from '../unit/backend/hosts/wsClient.js';
import { benchStore, warmPageCache } from './benchStore.js';
import { measureInChromium } from './screenPopChromium.js';
import { formatRow, percentiles } from './stats.js';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '3000' },
    'browser-samples': { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
  },
});
const customers = Number(values.customers);
const samples = Number(values.samples);
const browserSamples = Number(values['browser-samples']);

const { file, summary } = benchStore({ customers, callsPerCustomer: 3, eventsPerCall: 3.33, seed: Number(values.seed) });
console.log(`Page cache warmed in ${warmPageCache(file).toFixed(1)} s (the whole store file read once).`);
const backend = createBackend({ dbPath: file });
const db = backend.context.db;

// The same numbers for every measurement, spread over the whole store, as typed by a rep
// (national format), so normalization is part of the command's cost.
const rowCount = db.prepare('SELECT max(rowid) FROM customers').pluck().get() as number;
const pick = db
  .prepare('SELECT e164 FROM customer_phones WHERE customer_id = (SELECT id FROM customers WHERE rowid = ?) LIMIT 1')
  .pluck();
const numbers: string[] = [];
for (let i = 0; numbers.length < samples; i++) {
  const e164 = pick.get(1 + ((i * 2_654_435_761) % rowCount)) as string | undefined;
  if (!e164) continue;
  const phone = normalizePhone(e164);
  if (phone.ok) numbers.push(phone.value.display);
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

// Warm up the page cache and the prepared statements, as a running app would be.
for (const n of numbers.slice(0, 500)) backend.dispatch('screenPop.lookup', { number: n });

const inProcess = numbers.map((number) =>
  time(() => {
    const result = backend.dispatch('screenPop.lookup', { number });
    if (!result.ok) throw new Error(`lookup failed for ${number}: ${result.error.message}`);
  }),
);

const now = Date.now();
const e164s = numbers.map((n) => {
  const phone = normalizePhone(n);
  if (!phone.ok) throw new Error(n);
  return phone.value.e164;
});
const store = e164s.map((e164) =>
  time(() => {
    const ids = findCustomerIdsByPhone(db, e164);
    if (ids.length === 1) customerHistory(db, ids[0] as string, now);
    else if (ids.length > 1) customerCandidates(db, ids);
  }),
);

const host = await startBrowserHost({ backend, staticDir: path.resolve('dist/renderer') });
const client = await connect(`${host.origin.replace('http', 'ws')}/api?token=${host.token}`);
const overSocket: number[] = [];
for (const number of numbers) {
  const t0 = performance.now();
  const { result } = await client.request('screenPop.lookup', { number });
  overSocket.push(performance.now() - t0);
  if (!result.ok) throw new Error(`lookup failed for ${number}`);
}
client.close();

// The browser sample takes numbers with one customer, so every pop paints a history.
const singles = numbers.filter((_, i) => findCustomerIdsByPhone(db, e164s[i] as string).length === 1);
const browser = browserSamples > 0 ? await measureInChromium(host.url, singles.slice(0, browserSamples)) : [];
await host.close();
backend.close();

const a = percentiles(inProcess);
const aWs = percentiles(overSocket);
const b = percentiles(store);
const c = percentiles(browser);
console.log(`\nStore: ${summary.customers.toLocaleString('en-US')} customers, ${summary.calls.toLocaleString('en-US')} calls, ${summary.callEvents.toLocaleString('en-US')} call events`);
console.log(formatRow('(a) screenPop.lookup, backend host in-process', a));
console.log(formatRow('(a) screenPop.lookup, over the WebSocket host', aWs));
console.log(formatRow('(b) store queries called directly (SQL floor)', b));
console.log(formatRow('(c) Chromium: number submitted -> painted', c));
console.log(`Targets: (a) p95 <= 2 ms: ${a.p95 <= 2 ? 'met' : 'MISSED'}; (c) p95 <= 50 ms: ${c.p95 <= 50 ? 'met' : 'MISSED'}`);
console.log(
  JSON.stringify({
    bench: 'screen-pop',
    customers: summary.customers,
    calls: summary.calls,
    callEvents: summary.callEvents,
    commandMs: a,
    commandOverSocketMs: aWs,
    storeQueriesMs: b,
    chromiumMs: c,
  }),
);
