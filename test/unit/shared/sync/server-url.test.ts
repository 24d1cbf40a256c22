import { describe, expect, it } from 'vitest';
import { insecureServerProblem, isLoopbackHost } from '../../../../shared/sync/server-url';

describe('which hosts plain http:// may reach', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['couch.localhost', true],
    ['127.0.0.1', true],
    ['127.12.0.9', true],
    ['[::1]', true],
    ['couch.example.org', false],
    ['192.168.1.20', false],
    ['10.0.0.1', false],
    ['127.0.0.1.example.org', false],
    ['localhost.example.org', false],
    ['[::2]', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('insecureServerProblem', () => {
  it.each([
    ['https:', 'couch.example.org', null],
    ['http:', '127.0.0.1', null],
    ['http:', 'localhost', null],
    ['http:', 'couch.example.org', 'Use https:// for a server on another computer: plain http:// would send the sign-in readable over the network.'],
    ['ftp:', 'couch.example.org', 'Use an address starting with https://'],
  ])('%s//%s', (protocol, host, problem) => {
    expect(insecureServerProblem(protocol, host)).toBe(problem);
  });
});
