// Whose quota a request uses. The address must be one the client cannot choose: on Workers,
// Cloudflare's own CF-Connecting-IP (X-Forwarded-For there is whatever the client sent); under
// Node, the socket's address, or, behind a proxy the maintainer declared with TRUST_PROXY, the
// last X-Forwarded-For entry: the one that proxy appended (nginx's $proxy_add_x_forwarded_for),
// everything before it was written by the client.
import ipaddr from 'ipaddr.js';

/** TRUST_PROXY switches trust on only when it says so plainly: `0`, `false` or a typo keep it off. */
export function trustsProxy(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

export function nodeClientAddress(headers: Headers, socketAddress: string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const entries = (headers.get('X-Forwarded-For') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const last = entries.at(-1);
    if (last) return last;
  }
  return socketAddress ?? 'inconnue';
}

export function workersClientAddress(headers: Headers): string {
  return headers.get('CF-Connecting-IP') ?? 'inconnue';
}

/**
 * The key an address is counted under: an IPv4 address itself (also when written as IPv4-mapped
 * IPv6), an IPv6 address by its /64, the block one subscriber usually receives whole.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (ip.kind() === 'ipv4') return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}
