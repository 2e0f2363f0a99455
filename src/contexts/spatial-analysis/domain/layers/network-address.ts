/**
 * Whether an IP address may be reached from the server on a user's behalf: public unicast only.
 * Loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast, reserved and
 * documentation ranges are all refused, in IPv4, IPv6 and IPv4-mapped IPv6 alike.
 */
type Range = readonly [base: number, bits: number];

const BLOCKED_V4: readonly Range[] = [
  [ipv4('0.0.0.0'), 8], [ipv4('10.0.0.0'), 8], [ipv4('100.64.0.0'), 10], [ipv4('127.0.0.0'), 8],
  [ipv4('169.254.0.0'), 16], [ipv4('172.16.0.0'), 12], [ipv4('192.0.0.0'), 24], [ipv4('192.0.2.0'), 24],
  [ipv4('192.88.99.0'), 24], [ipv4('192.168.0.0'), 16], [ipv4('198.18.0.0'), 15], [ipv4('198.51.100.0'), 24],
  [ipv4('203.0.113.0'), 24], [ipv4('224.0.0.0'), 4], [ipv4('240.0.0.0'), 4],
];

function ipv4(text: string): number {
  return text.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export const isIpv4 = (text: string): boolean => V4.test(text) && text.split('.').every((octet) => Number(octet) <= 255);

function publicV4(text: string): boolean {
  const value = ipv4(text);
  return !BLOCKED_V4.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** Expands an IPv6 text form to 8 groups; null if it is not one. */
function ipv6Groups(text: string): number[] | null {
  let address = text.toLowerCase();
  const embedded = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(address);
  if (embedded) {
    if (!isIpv4(embedded[1])) return null;
    const v = ipv4(embedded[1]);
    address = address.slice(0, -embedded[1].length) + `${(v >>> 16).toString(16)}:${(v & 0xffff).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (groups.length !== 8 || groups.some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => parseInt(group, 16));
}

function publicV6(groups: number[]): boolean {
  const [first] = groups;
  const allZeroUntil = (n: number) => groups.slice(0, n).every((group) => group === 0);
  if (allZeroUntil(8)) return false; // ::
  if (allZeroUntil(7) && groups[7] === 1) return false; // ::1
  if (allZeroUntil(5) && groups[5] === 0xffff) return publicV4(`${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`);
  if (allZeroUntil(6)) return false; // deprecated IPv4-compatible
  if (first === 0x64 && groups[1] === 0xff9b) return publicV4(`${groups[6] >> 8}.${groups[6] & 255}.${groups[7] >> 8}.${groups[7] & 255}`);
  if ((first & 0xfe00) === 0xfc00) return false; // unique local
  if ((first & 0xffc0) === 0xfe80) return false; // link-local
  if ((first & 0xff00) === 0xff00) return false; // multicast
  if (first === 0x2001 && groups[1] === 0x0db8) return false; // documentation
  return true;
}

export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').split('%')[0];
  if (isIpv4(bare)) return publicV4(bare);
  const groups = ipv6Groups(bare);
  return groups ? publicV6(groups) : false;
}

export const isIpLiteral = (host: string): boolean => {
  const bare = host.replace(/^\[|\]$/g, '');
  return isIpv4(bare) || ipv6Groups(bare) !== null;
};
