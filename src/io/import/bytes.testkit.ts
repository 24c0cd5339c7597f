/**
 * Builds the files of the fixtures README byte by byte, for the importer's tests. Windows-1252
 * is encoded by hand from an explicit table, not with a library, so the test says exactly
 * which bytes a Nordic Excel writes.
 */

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export function utf8(text: string, options: { bom?: boolean } = {}): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!options.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Windows-1252 bytes of the characters our tests use beyond ASCII. */
const CP1252: Record<string, number> = {
  å: 0xe5,
  ä: 0xe4,
  ö: 0xf6,
  Å: 0xc5,
  Ä: 0xc4,
  Ö: 0xd6,
  é: 0xe9,
  ü: 0xfc,
  "–": 0x96,
  "—": 0x97,
  "“": 0x93,
  "”": 0x94,
  "’": 0x92,
  "€": 0x80,
  "\u00a0": 0xa0,
};

export function windows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code < 0x80) out[i] = code;
    else if (c in CP1252) out[i] = CP1252[c]!;
    else throw new Error(`No Windows-1252 byte for "${c}" in the test table.`);
  }
  return out;
}

export function utf16le(text: string, options: { bom?: boolean } = { bom: true }): Uint8Array {
  const offset = options.bom ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  if (options.bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[offset + 2 * i] = code & 0xff;
    out[offset + 2 * i + 1] = code >> 8;
  }
  return out;
}

export function utf16be(text: string, options: { bom?: boolean } = { bom: true }): Uint8Array {
  const offset = options.bom ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  if (options.bom) out.set([0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[offset + 2 * i] = code >> 8;
    out[offset + 2 * i + 1] = code & 0xff;
  }
  return out;
}

/** A sample interview or survey file (test/fixtures/interviews, copied from the shared fixtures); fails loudly when it is missing. */
export function readFixture(name: string): Uint8Array {
  const file = path.resolve(process.cwd(), "test/fixtures/interviews", name);
  if (!existsSync(file)) {
    throw new Error(
      `Fixture ${name} is missing: expected it at ${file}. Run the tests from the repository root.`,
    );
  }
  return new Uint8Array(readFileSync(file));
}
