// Event delivery load for bench/events.sh: SUBSCRIBERS reference graphql-ws clients follow
// dischargeRequestChanged (spread over the given socket URLs, one per node); after a warm-up event has
// reached every one of them, EVENTS discharge requests are filed over HTTP by CONCURRENCY writers, and
// the time each subscriber receives each request's first event is recorded. Prints one JSON object:
// events acknowledged, deliveries expected and received, the span from the first write to the last
// delivery, events/s (events delivered to every subscriber per second of that span), deliveries/s, and
// the delivery latency p50/p99 measured from the write's acknowledgement (the commit precedes it) and
// from its sending.
//
// Usage: node events-load.mjs WS_URLS(comma-separated) HTTP_URL TOKEN HOSPITAL_ID CODES_FILE SUBSCRIBERS EVENTS CONCURRENCY
// graphql-ws and ws come from the test client's pinned install (tests/Hub.Api.Tests/Events/ws-client).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

const require = createRequire(new URL('../../tests/Hub.Api.Tests/Events/ws-client/package.json', import.meta.url));
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [sockets, httpUrl, token, hospitalId, codesFile, subscriberCount, eventCount, concurrency] = process.argv.slice(2);
const subscribers = Number(subscriberCount), events = Number(eventCount), writers = Number(concurrency);
const codes = readFileSync(codesFile, 'utf8').split('\n').filter(Boolean);
const SUBSCRIPTION = 'subscription { dischargeRequestChanged { nodeId version } }';
const MUTATION = 'mutation($input: SubmitDischargeRequestInput!) { submitDischargeRequest(input: $input) { dischargeRequest { id } errors { __typename message } } }';
const now = () => performance.now();

const arrivals = new Map(); // request id → [receive times]
const waiters = new Map();  // request id → resolve when every subscriber has it
let failures = 0;

function arrived(id) {
  const times = arrivals.get(id) ?? [];
  times.push(now());
  arrivals.set(id, times);
  if (times.length === subscribers) waiters.get(id)?.();
}

// Subscribers connect in batches of 50, as clients ramping up would: a thousand connection_inits at
// once on a loaded machine outlast the hub's connection_init timeout (4408).
async function connectAll() {
  const urls = sockets.split(',');
  const connected = [];
  for (let i = 0; i < subscribers; i++) {
    if (i % 50 === 0) await Promise.all(connected);
    connected.push(new Promise((resolve, reject) => {
      const client = createClient({
        url: urls[i % urls.length], webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
        connectionParams: { Authorization: `Bearer ${token}` },
        on: { connected: () => resolve(client), closed: (e) => reject(new Error(`socket ${i} closed: ${e.code} ${e.reason}`)) },
      });
      client.subscribe({ query: SUBSCRIPTION }, {
        next: (payload) => { const c = payload.data?.dischargeRequestChanged; if (c?.version === 1) arrived(c.nodeId); },
        error: (error) => { failures++; console.error('subscription error', JSON.stringify(error).slice(0, 300)); },
        complete: () => {},
      });
    }));
  }
  return Promise.all(connected);
}

let written = 0;
async function file() {
  const n = written++;
  const body = { query: MUTATION, variables: { input: {
    hospitalId, ward: 'Medicina', admissionReference: `bench-ev/${n}/${randomUUID().slice(0, 8)}`, fiscalCode: codes[(n * 7919) % codes.length],
    expectedDischargeOn: new Date(Date.now() + 3 * 86400e3).toISOString().slice(0, 10), needs: 'Bench events', proposedSetting: 'HOME', idempotencyKey: randomUUID() } } };
  const sent = now();
  const response = await fetch(httpUrl, { method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` } });
  const text = await response.text();
  const acked = now();
  const id = response.ok ? JSON.parse(text).data?.submitDischargeRequest?.dischargeRequest?.id : null;
  if (!id) { failures++; console.error('write refused', response.status, text.slice(0, 300)); return null; }
  const everyone = new Promise((resolve) => waiters.set(id, resolve));
  if ((arrivals.get(id)?.length ?? 0) === subscribers) waiters.get(id)();
  return { id, sent, acked, everyone };
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : null;
const withTimeout = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);

const clients = await connectAll();
const warmUp = await file();
await withTimeout(warmUp.everyone, 60000);

const start = now();
const writes = [];
await Promise.all(Array.from({ length: writers }, async () => {
  while (written <= events) { const w = await file(); if (w) writes.push(w); }
}));
await withTimeout(Promise.all(writes.map((w) => w.everyone)), 180000);
const end = Math.max(...writes.flatMap((w) => arrivals.get(w.id) ?? [start]));

const fromAck = [], fromSend = [];
for (const w of writes) for (const t of arrivals.get(w.id) ?? []) { fromAck.push(t - w.acked); fromSend.push(t - w.sent); }
fromAck.sort((a, b) => a - b); fromSend.sort((a, b) => a - b);
const seconds = (end - start) / 1000;
const round = (x) => x === null ? null : Math.round(x * 10) / 10;
console.log(JSON.stringify({
  subscribers, events: writes.length, failures, deliveriesExpected: writes.length * subscribers, deliveriesReceived: fromAck.length,
  seconds: round(seconds), eventsPerSecond: round(writes.length / seconds), deliveriesPerSecond: round(fromAck.length / seconds),
  latencyFromAckMs: { p50: round(percentile(fromAck, 0.5)), p99: round(percentile(fromAck, 0.99)) },
  latencyFromSendMs: { p50: round(percentile(fromSend, 0.5)), p99: round(percentile(fromSend, 0.99)) },
}));
await Promise.all(clients.map((c) => c.dispose()));
process.exit(0);
