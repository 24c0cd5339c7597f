import { zlibSync } from "fflate";
import { encodeChunk, PNG_SIGNATURE } from "./png-chunks";

/** A valid 1 × 1 opaque red PNG: signature, IHDR, IDAT, any `extra` chunks, IEND. */
export function tinyPng(extra: Uint8Array[] = []): Uint8Array {
  const ihdr = new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = zlibSync(new Uint8Array([0, 255, 0, 0]));
  const parts = [
    Uint8Array.from(PNG_SIGNATURE),
    encodeChunk("IHDR", ihdr),
    encodeChunk("IDAT", idat),
    ...extra,
    encodeChunk("IEND", new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
