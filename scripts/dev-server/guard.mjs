// The guard in front of PouchDB Server: every request is decided on its decoded, normalised path and the caller
// the upstream itself recognises, and forwarded on that same path; what CouchDB 3 refuses is refused here.
import http from 'node:http';
import { basicName, whoIs } from './caller.mjs';
import { createSecurityCache } from './db-security.mjs';
import { parseRequestPath } from './request-path.mjs';
import { checkOwnUpdate, usersDecision } from './users-rules.mjs';

// Server-level endpoints anyone may call (the rest, `_all_dbs` included, is for server admins, as CouchDB 3's
// admin_only_all_dbs does for `_all_dbs`). `_users` has its own rules.
const OPEN_ENDPOINTS = new Set(['_session', '_uuids', '_up', '_utils']);

function send(res, status, body, headers = {}) {
  if (res.headersSent) return res.end();
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const refusal = (res, { status, error, reason }, cors) => send(res, status, { error, reason }, cors);

function notAdmin(caller) {
  return caller.name === null
    ? { status: 401, error: 'unauthorized', reason: 'You are not a server admin.' }
    : { status: 403, error: 'forbidden', reason: 'You are not a server admin.' };
}

function readBody(req, limit) {
  return new Promise((done, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) reject(Object.assign(new Error('too large'), { tooLarge: true }));
      else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const withoutUpstreamCors = (headers) => Object.fromEntries(Object.entries(headers).filter(([k]) => !k.toLowerCase().startsWith('access-control-')));

/**
 * Forwards the request on `path`, with `body` when it was read already; `onStatus` sees the upstream's status, and for
 * a 401 its body too (read before the answer goes on): only the reason tells a wrong password from a signed-in
 * non-member, whom PouchDB Server also answers 401.
 */
function forward(ctx, req, res, path, { body, onStatus } = {}) {
  const upstream = http.request({ socketPath: ctx.socketPath, path, method: req.method, headers: req.headers }, (answer) => {
    const status = answer.statusCode ?? 0;
    res.writeHead(answer.statusCode ?? 502, { ...withoutUpstreamCors(answer.headers), ...ctx.cors });
    if (status !== 401 || !onStatus) {
      onStatus?.(status, '');
      answer.pipe(res);
      return;
    }
    const chunks = [];
    answer.on('data', (chunk) => chunks.push(chunk));
    answer.on('end', () => {
      const text = Buffer.concat(chunks);
      onStatus(status, text.toString('utf8'));
      res.end(text);
    });
  });
  upstream.on('error', () => send(res, 503, { error: 'unavailable', reason: 'The server is restarting; try again shortly.' }, ctx.cors));
  if (body) upstream.end(body);
  else req.pipe(upstream);
}

// A right password for an account that is not a member of the database (e.g. just removed from the clinic's role) is
// not a guess: counting it would throttle that laptop after ten refusals and hide "not a member" behind 429s.
const isWrongPassword = (status, text) => status === 401 && !/not (allowed|authorized) to access this db/i.test(text);

function tooMany(res, seconds, cors) {
  send(res, 429, { error: 'too_many_requests', reason: `Too many wrong passwords; try again in ${seconds} s.` }, { 'retry-after': String(seconds), ...cors });
}

function sessionName(body, contentType) {
  const text = body.toString('utf8');
  if (/application\/x-www-form-urlencoded/i.test(contentType ?? '')) return new URLSearchParams(text).get('name');
  try {
    const parsed = JSON.parse(text);
    return typeof parsed?.name === 'string' ? parsed.name : null;
  } catch {
    return null;
  }
}

// POST /_session: a password guess, throttled per name and per address.
async function signIn(ctx, req, res, path) {
  const body = await readBody(req, 64 * 1024);
  const name = sessionName(body, req.headers['content-type']);
  const wait = ctx.throttle.retryAfter(name, ctx.address);
  if (wait > 0) return tooMany(res, wait, ctx.cors);
  forward(ctx, req, res, path, {
    body,
    onStatus: (status, text) => {
      if (isWrongPassword(status, text)) ctx.throttle.failed(name, ctx.address);
      else if (status < 300) ctx.throttle.succeeded(name);
    },
  });
}

const needsCaller = (method, segments) => {
  const head = segments[0];
  if (head === undefined) return false;
  if (head.startsWith('_')) return !OPEN_ENDPOINTS.has(head);
  return segments.length === 1 && (method === 'PUT' || method === 'DELETE');
};

// A database request that may change its _security or existence: the cache forgets it (the upstream decides).
const changesSecurity = (method, segments) => method !== 'GET' && method !== 'HEAD' && (segments.length === 1 || segments[1] === '_security');

async function decide(ctx, req, res, parsed) {
  const { segments, path } = parsed;
  const db = segments[0] !== undefined && !segments[0].startsWith('_') ? segments[0] : null;
  if (db !== null && changesSecurity(req.method, segments)) {
    ctx.security.forget(db);
    res.on('finish', () => ctx.security.forget(db));
  }
  if (segments[0] === '_session' && req.method === 'POST') return signIn(ctx, req, res, path);
  const basic = basicName(req);
  const wait = ctx.throttle.retryAfter(basic, ctx.address);
  if (basic !== null && wait > 0) return tooMany(res, wait, ctx.cors);
  const onStatus = basic === null ? undefined : (status, text) => isWrongPassword(status, text) && ctx.throttle.failed(basic, ctx.address);
  const adminOnlyDb = db !== null && !(await ctx.security.openToMembers(db));
  if (!adminOnlyDb && !needsCaller(req.method, segments)) return forward(ctx, req, res, path, { onStatus });
  const caller = await whoIs(ctx.socketPath, req);
  if (caller.status === 401) {
    onStatus?.(401);
    return send(res, 401, { error: 'unauthorized', reason: 'Name or password is incorrect.' }, ctx.cors);
  }
  if (caller.isAdmin) return forward(ctx, req, res, path);
  if (segments[0] !== '_users') return refusal(res, notAdmin(caller), ctx.cors);
  const decision = usersDecision(req.method, segments, caller);
  if (decision.allow) return forward(ctx, req, res, path);
  if (decision.check !== 'own-update') return refusal(res, decision, ctx.cors);
  const body = await readBody(req, 1024 * 1024);
  const problem = await checkOwnUpdate(ctx.socketPath, ctx.adminAuth, decision.id, body.toString('utf8'), caller.name);
  return problem ? refusal(res, problem, ctx.cors) : forward(ctx, req, res, path, { body });
}

/**
 * The guard's request handler.
 * @param {{ socketPath: string, adminAuth: string, throttle: ReturnType<typeof import('./session-throttle.mjs').createThrottle>, corsFor: (req: http.IncomingMessage) => Record<string, string> }} options
 */
export function createGuard({ socketPath, adminAuth, throttle, corsFor }) {
  const security = createSecurityCache({ socketPath, adminAuth });
  return (req, res) => {
    const cors = corsFor(req);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.writeHead(cors['access-control-allow-origin'] ? 204 : 403, cors);
      res.end();
      return;
    }
    const parsed = parseRequestPath(req.url);
    if (!parsed.ok) return send(res, 400, { error: parsed.error, reason: parsed.reason }, cors);
    const ctx = { socketPath, adminAuth, throttle, security, cors, address: req.socket.remoteAddress ?? '' };
    decide(ctx, req, res, parsed).catch((error) => {
      if (error?.tooLarge) return send(res, 413, { error: 'too_large', reason: 'The request body is too large.' }, cors);
      send(res, 503, { error: 'unavailable', reason: 'The server is restarting; try again shortly.' }, cors);
    });
  };
}
