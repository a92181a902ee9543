/**
 * Is this host name one we must never contact without `allowPrivateNetwork`?
 * design.md rule 4: localhost, *.localhost, *.local and IP literals in loopback, private,
 * link-local and unique-local ranges (IPv4 and IPv6, including IPv4-mapped forms).
 * We also refuse single-label names (they resolve through the search domain to intranet hosts)
 * and the reserved internal suffixes. Names that *resolve* to private addresses cannot be
 * seen from here; browsers' own private-network protections cover that case.
 *
 * `hostname` is as the WHATWG URL parser gives it: lower case, IPv4 in dotted form
 * (it already turned `0x7f.1` and `2130706433` into `127.0.0.1`), IPv6 in brackets.
 */
export function isPrivateHost(hostname: string): boolean {
  let end = hostname.length;
  while(end > 0 && hostname[end - 1] === '.') {
    end--; // `localhost.` and `localhost..` are still localhost
  }
  const host = hostname.slice(0, end);
  if(host.startsWith('[')) {
    return isPrivateIPv6(host.slice(1, -1));
  }
  if(/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    return isPrivateIPv4(host.split('.').map(Number));
  }
  if(!host.includes('.')) {
    return true;
  }
  return /(^|\.)(localhost|local|internal|lan|home\.arpa)$/.test(host);
}

// RFC 6890 special-purpose ranges that must not be reached from credential data.
const IPV4_BLOCKED: [number, number, number][] = [
  // [first octet, second octet lower bound, second octet upper bound]
  [0, 0, 255], [10, 0, 255], [127, 0, 255], [100, 64, 127], [169, 254, 254],
  [172, 16, 31], [192, 168, 168], [198, 18, 19],
];

function isPrivateIPv4([a, b, c]: number[]): boolean {
  if(a >= 224) {
    return true; // multicast, reserved, broadcast
  }
  if(a === 192 && b === 0 && (c === 0 || c === 2)) {
    return true; // IETF protocol assignments, TEST-NET-1
  }
  return IPV4_BLOCKED.some(([first, low, high]) => a === first && b >= low && b <= high);
}

function isPrivateIPv6(address: string): boolean {
  const groups = expandIPv6(address);
  if(!groups) {
    return true; // unparseable: refuse
  }
  const allZeroBefore = (n: number) => groups.slice(0, n).every(g => g === 0);
  if(allZeroBefore(7) && (groups[7] === 0 || groups[7] === 1)) {
    return true; // :: and ::1
  }
  // IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d and NAT64 64:ff9b::a.b.c.d
  const mapped = (allZeroBefore(5) && groups[5] === 0xffff) || allZeroBefore(6) ||
    (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every(g => g === 0));
  if(mapped) {
    return isPrivateIPv4([groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff]);
  }
  const first = groups[0];
  return (first & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (first & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (first & 0xffc0) === 0xfec0 || // fec0::/10 site-local (deprecated)
    (first & 0xff00) === 0xff00; // multicast
}

/** Eight 16-bit groups, or null. The URL parser has already turned any dotted tail into hex. */
function expandIPv6(address: string): number[] | null {
  const halves = address.split('::');
  if(halves.length > 2) {
    return null;
  }
  const parse = (part: string) => part === '' ? [] : part.split(':').map(g => /^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN);
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if(missing < 0 || (halves.length === 1 && missing !== 0)) {
    return null;
  }
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.some(Number.isNaN) ? null : groups;
}
