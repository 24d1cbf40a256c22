// scripts/pouchdb-dev-server.mjs is plain JavaScript run by Node; the .d.mts file beside it types it for the tests.
export { freePort, startDevServer, type DevServer, type ThrottleOptions } from '../../scripts/pouchdb-dev-server.mjs';
