import { describe, expect, test } from 'vitest';
import { addressKey, nodeClientAddress, trustsProxy, workersClientAddress } from './client-address.ts';

const headers = (h: Record<string, string>) => new Headers(h);

describe('client address', () => {
  test('TRUST_PROXY is on only for 1 or true', () => {
    expect(['1', 'true'].map(trustsProxy)).toEqual([true, true]);
    expect([undefined, '', '0', 'false', 'TRUE', 'yes', ' 1'].map(trustsProxy)).toEqual(Array(7).fill(false));
  });

  test('under Node: the socket, or the entry the trusted proxy appended (the last)', () => {
    const h = headers({ 'X-Forwarded-For': '203.0.113.1, 203.0.113.2 ,198.51.100.7' });
    expect(nodeClientAddress(h, '127.0.0.1', false)).toBe('127.0.0.1');
    expect(nodeClientAddress(h, '127.0.0.1', true)).toBe('198.51.100.7');
    expect(nodeClientAddress(headers({ 'X-Forwarded-For': ' , ' }), '127.0.0.1', true)).toBe('127.0.0.1');
    expect(nodeClientAddress(headers({ 'X-Forwarded-For': '198.51.100.7, ' }), '127.0.0.1', true)).toBe('198.51.100.7');
    expect(nodeClientAddress(headers({}), undefined, true)).toBe('inconnue');
  });

  test('on Workers: only CF-Connecting-IP', () => {
    expect(workersClientAddress(headers({ 'CF-Connecting-IP': '198.51.100.7', 'X-Forwarded-For': '203.0.113.1' }))).toBe('198.51.100.7');
    expect(workersClientAddress(headers({ 'X-Forwarded-For': '203.0.113.1' }))).toBe('inconnue');
  });

  test('IPv6 counted by its /64, IPv4 (also mapped) as itself', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:eeee:dddd:cccc')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('inconnue')).toBe('inconnue');
  });
});
