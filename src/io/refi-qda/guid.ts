/**
 * REFI-QDA identifies everything by GUID. Ours are derived from the record id, so exporting the
 * same workspace twice gives the same GUIDs and the files diff cleanly (QualCoder mints new ones
 * on every export, which makes re-exports impossible to compare).
 */

/** cyrb128: four 32-bit lanes of a fast, well-mixed string hash; not cryptographic, and need not be. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex8 = (n: number) => n.toString(16).padStart(8, "0");

/**
 * An upper-case GUID for a key (a record id, or a record id with a suffix for the parts of one
 * record). Version nibble 8 ("custom", RFC 9562) and the RFC variant bits, so it is a valid UUID.
 */
export function guidFor(key: string): string {
  const [a, b, c, d] = hash128(`journey-mapper:${key}`);
  const s = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((Number.parseInt(s[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-8${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`.toUpperCase();
}

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** A GUID as read from a file, without braces and in upper case, so `{a…}` and `A…` match; undefined when it is not one. */
export function normaliseGuid(value: string | null | undefined): string | undefined {
  const m = GUID.exec((value ?? "").trim());
  return m ? m[1]!.toUpperCase() : undefined;
}
