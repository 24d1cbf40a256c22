#!/usr/bin/env node
// `npm run server`: the development clinic server on 127.0.0.1 (PouchDB Server; production is Apache CouchDB 3.x).
import { startDevServer } from './pouchdb-dev-server.mjs';

const port = Number(process.env.WAYPOINT_SERVER_PORT ?? 5984);
const DEFAULT_ADMIN = 'admin:waypoint-dev-only';
const [user, ...rest] = (process.env.WAYPOINT_SERVER_ADMIN ?? DEFAULT_ADMIN).split(':');
const password = rest.join(':');
if (!user || !password) {
  console.error('WAYPOINT_SERVER_ADMIN must look like user:password');
  process.exit(2);
}

// The browser host (npm run start:web) calls the server from another origin.
const corsOrigins = (process.env.WAYPOINT_SERVER_CORS ?? 'http://127.0.0.1:5173,http://localhost:5173')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);
const server = await startDevServer({ port, dataDir: '.server-data', admin: { user, password }, corsOrigins, log: (l) => process.stdout.write(l) });
console.log(`Waypoint dev server (PouchDB Server) at ${server.url}`);
console.log(`Server admin: ${user} (password ${process.env.WAYPOINT_SERVER_ADMIN ? 'from WAYPOINT_SERVER_ADMIN' : `"${password}" — development default`})`);
console.log(`Browser origins allowed (WAYPOINT_SERVER_CORS): ${corsOrigins.join(', ') || 'none'}`);
console.log('Data in .server-data/. Press Ctrl+C to stop.');
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
