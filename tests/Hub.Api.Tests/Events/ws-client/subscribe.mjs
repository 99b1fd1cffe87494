// Subscribes with the reference graphql-ws client and prints, one JSON line each, what happens:
// {"event":"connected"}, {"event":"next","payload":...}, {"event":"error",...}, {"event":"closed","code":...}.
// Usage: node subscribe.mjs <ws-url> <bearer-token> <query> [variables-json]
// Ends when stdin closes (the test is done) or the socket closes.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, query, variables] = process.argv.slice(2);
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: false,
  retryAttempts: 0,
  connectionParams: { Authorization: `Bearer ${token}` },
  on: {
    connected: () => print({ event: 'connected' }),
    closed: (event) => { print({ event: 'closed', code: event.code, reason: event.reason }); process.exit(0); },
  },
});

client.subscribe(
  { query, variables: variables ? JSON.parse(variables) : undefined },
  {
    next: (payload) => print({ event: 'next', payload }),
    error: (error) => print({ event: 'error', error: Array.isArray(error) ? error : String(error?.message ?? error?.code ?? error) }),
    complete: () => print({ event: 'complete' }),
  },
);

process.stdin.resume();
process.stdin.on('end', async () => { await client.dispose(); process.exit(0); });
