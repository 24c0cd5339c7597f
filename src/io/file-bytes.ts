/**
 * The first look at a file's bytes: is it a known binary format (an image renamed `.json`),
 * and which text encoding is it in. Nothing here throws.
 */

export type BinaryFormat = "png" | "jpeg" | "gif" | "webp" | "pdf" | "zip" | "gzip" | "binary";

interface Signature {
  format: Exclude<BinaryFormat, "binary">;
  name: string;
  test: (b: Uint8Array) => boolean;
}

const startsWith = (b: Uint8Array, bytes: readonly number[], at = 0) =>
  b.length >= at + bytes.length && bytes.every((x, i) => b[at + i] === x);

const SIGNATURES: readonly Signature[] = [
  { format: "png", name: "a PNG image", test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) },
  { format: "jpeg", name: "a JPEG image", test: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { format: "gif", name: "a GIF image", test: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]) },
  {
    format: "webp",
    name: "a WebP image",
    test: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8),
  },
  { format: "pdf", name: "a PDF document", test: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46]) },
  {
    format: "zip",
    name: "a ZIP archive (or a file packed as one, such as .docx, .xlsx or .qdpx)",
    test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]),
  },
  { format: "gzip", name: "a gzip-compressed file", test: (b) => startsWith(b, [0x1f, 0x8b]) },
];

/** A known binary format by its magic bytes, with a human name ("a PNG image"). */
export function sniffBinary(bytes: Uint8Array): { format: BinaryFormat; name: string } | undefined {
  for (const signature of SIGNATURES) {
    if (signature.test(bytes)) return { format: signature.format, name: signature.name };
  }
  return undefined;
}

export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: "binary" | "utf-32" | "invalid-utf-8" | "invalid-utf-16"; offset?: number };

/**
 * Decodes text by its byte-order mark (UTF-8, UTF-16 LE or BE), or guesses UTF-16 without one
 * from the NUL bytes that ASCII characters leave in it. A NUL byte anywhere else means binary.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, reason: "utf-32" };
  }
  let encoding: Encoding = "utf-8";
  let bom = false;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) bom = true;
  else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = "utf-16le";
    bom = true;
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = "utf-16be";
    bom = true;
  } else if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) encoding = "utf-16le";
  else if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) encoding = "utf-16be";

  if (encoding === "utf-8") {
    const nul = bytes.indexOf(0);
    if (nul !== -1) return { ok: false, reason: "binary", offset: nul };
  } else if (bytes.length % 2 !== 0) {
    return { ok: false, reason: "invalid-utf-16" };
  }
  let text: string;
  try {
    // The decoder drops a byte-order mark that matches its encoding (ignoreBOM is false).
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return encoding === "utf-8"
      ? { ok: false, reason: "invalid-utf-8", offset: firstInvalidUtf8(bytes) }
      : { ok: false, reason: "invalid-utf-16" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (encoding !== "utf-8" && text.includes("\u0000")) return { ok: false, reason: "binary" };
  return { ok: true, text, encoding, bom };
}

/** The byte offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const extra =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return i;
}
