import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must not reach unless WEBHOOK_ALLOW_PRIVATE_URLS is on: loopback, private,
 * link-local (cloud metadata), carrier-grade NAT, benchmarking, multicast and reserved ranges — so a
 * subscription cannot make the API call into its own network (SSRF).
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 127],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is outside the public internet (an IPv4-mapped IPv6 address counts as its IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1] as string, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Why a webhook URL is refused, or `null` when it may be used. Checks the form only, not the host. */
export function urlFormProblem(text: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute URL such as https://example.se/webhooks';
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
    return allowPrivate ? 'must be an http: or https: URL' : 'must be an https: URL';
  if (url.username || url.password) return 'must not carry a user name or password';
  if (url.hash) return 'must not have a fragment';
  return null;
}

/** The host of a URL without the brackets of an IPv6 literal. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Resolves a host and refuses it when any of its addresses is private (unless allowed): answers the
 * addresses to connect to, or the reason it is refused.
 */
export async function resolvePublic(
  host: string,
  allowPrivate: boolean,
): Promise<{ addresses: { address: string; family: number }[] } | { problem: string }> {
  if (isIP(host)) {
    if (!allowPrivate && isPrivateAddress(host)) return { problem: `${host} is a private or reserved address` };
    return { addresses: [{ address: host, family: isIP(host) }] };
  }
  let addresses: { address: string; family: number }[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return { problem: `the host ${host} does not resolve` };
  }
  const blocked = allowPrivate ? undefined : addresses.find((entry) => isPrivateAddress(entry.address));
  if (blocked) return { problem: `the host ${host} resolves to ${blocked.address}, a private or reserved address` };
  return { addresses };
}

/** Why a webhook URL is refused at creation (its form, then where its host resolves to), or `null`. */
export async function urlProblem(text: string, allowPrivate: boolean): Promise<string | null> {
  const form = urlFormProblem(text, allowPrivate);
  if (form) return form;
  const resolved = await resolvePublic(hostOf(new URL(text)), allowPrivate);
  return 'problem' in resolved ? `must reach a public address: ${resolved.problem}` : null;
}
