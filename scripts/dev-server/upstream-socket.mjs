// Preloaded into the PouchDB Server child (node --import): its Express app listens on a Unix socket instead of a
// TCP port, so nothing but the guard (same OS user; the socket's folder is 0700) can reach the unguarded server.
import { unlinkSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';

const socketPath = process.env.WAYPOINT_UPSTREAM_SOCKET;
if (!socketPath) throw new Error('WAYPOINT_UPSTREAM_SOCKET is not set');
const require = createRequire(import.meta.url);
const express = createRequire(require.resolve('pouchdb-server/package.json'))('express');

express.application.listen = function listenOnSocket(...args) {
  const done = args.find((arg) => typeof arg === 'function');
  const server = http.createServer(this);
  try {
    unlinkSync(socketPath);
  } catch {
    // No socket left from an earlier run.
  }
  return server.listen(socketPath, done);
};
