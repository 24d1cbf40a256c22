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

const server = await startDevServer({ port, dataDir: '.server-data', admin: { user, password }, log: (l) => process.stdout.write(l) });
console.log(`Waypoint dev server (PouchDB Server) at ${server.url}`);
console.log(`Server admin: ${user} (password ${process.env.WAYPOINT_SERVER_ADMIN ? 'from WAYPOINT_SERVER_ADMIN' : `"${password}" — development default`})`);
console.log('Data in .server-data/. Press Ctrl+C to stop.');
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
