import { createHash } from 'node:crypto';

// Two kinds of deterministic ids:
// - stableUuid(name): a UUID v5 for records that must keep their id across reseeds and seeds
//   (taxonomies, terms, the real services), so links and open-data references stay valid.
// - createIdSequence(seed): cheap v4-shaped UUIDs for generated rows. Hashing millions of names
//   with SHA-1 would dominate the generator's run time at 100,000 services; instead the first
//   32 bits are a bijective mix of a counter (so ids never collide within a run) and the rest
//   are mixed from the counter and the seed (so different seeds give different ids).

/** Namespace for this project's v5 UUIDs (itself a v5 UUID of "urn:local-offer" in the URL namespace). */
const NAMESPACE = 'ac7eef60-629f-58c8-ab4b-0f1c9dfe11f7';

function namespaceBytes(): Buffer {
  return Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex');
}

const NAMESPACE_BYTES = namespaceBytes();

function format(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** RFC 4122 version-5 UUID of `name` in the project namespace. */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE_BYTES).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  return format(hash.subarray(0, 16).toString('hex'));
}

// murmur3's finaliser: a bijection on 32-bit integers with good avalanche.
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Table lookup: Number#toString(16) + padStart was most of the generator's run time.
function hex8(value: number): string {
  return (
    (HEX_BYTES[value >>> 24] as string) +
    (HEX_BYTES[(value >>> 16) & 0xff] as string) +
    (HEX_BYTES[(value >>> 8) & 0xff] as string) +
    (HEX_BYTES[value & 0xff] as string)
  );
}

/** Returns a function producing unique, deterministic UUIDs for one generator run. */
export function createIdSequence(seed: number): () => string {
  const saltA = fmix32(seed ^ 0x2545f491);
  const saltB = fmix32(seed ^ 0x9e3779b9);
  let counter = 0;
  return () => {
    if (counter > 0xffffffff) throw new Error('id sequence exhausted');
    const a = fmix32((counter ^ saltA) >>> 0);
    const b = fmix32(a ^ saltB);
    const c = fmix32((b + 0x6a09e667) >>> 0);
    const d = fmix32(c ^ saltA);
    counter++;
    const bHex = hex8(b);
    const cHex = hex8(c);
    const variant = (8 + (c & 3)).toString(16);
    return `${hex8(a)}-${bHex.slice(0, 4)}-4${bHex.slice(5, 8)}-${variant}${cHex.slice(1, 4)}-${cHex.slice(4, 8)}${hex8(d)}`;
  };
}
