import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config';

describe('CICLO_TRUST_PROXY', () => {
  it.each([
    ['unset: trust no proxy', undefined, false],
    ['empty: trust no proxy', '', false],
    ['one address', '10.0.0.7', ['10.0.0.7']],
    ['addresses and ranges', '10.0.0.0/8, 192.168.1.2, fd00::/8', ['10.0.0.0/8', '192.168.1.2', 'fd00::/8']],
    ['a named range', 'loopback', ['loopback']],
  ])('%s', (_rule, value, expected) => {
    expect(readConfig({ CICLO_TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    ['true (every client)', 'true'],
    ['a hop count (Fastify would trust no proxy)', '1'],
    ['a prefix too long', '10.0.0.0/33'],
    ['a host name', 'proxy.internal'],
  ])('refuses %s, naming the variable', (_rule, value) => {
    expect(() => readConfig({ CICLO_TRUST_PROXY: value })).toThrow(
      /CICLO_TRUST_PROXY: must be proxy addresses/,
    );
  });
});
