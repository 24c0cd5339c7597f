/**
 * A small reader and writer of PNG chunks: enough to carry text (the embedded workspace) in an
 * `iTXt` chunk of an exported map picture. Spec: https://www.w3.org/TR/png/#5Chunk-layout
 * Each chunk is length (4 bytes, big-endian) · type (4 ASCII letters) · data · CRC-32 of type and data.
 */

export const PNG_SIGNATURE: readonly number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG uses it) of one or more byte runs taken in order. */
export function crc32(...parts: readonly Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts) for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const asciiBytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

/**
 * The chunks of a PNG, in order, up to and with IEND; undefined when the bytes are not a PNG
 * or a chunk runs past the end. A chunk whose CRC does not match is damaged and left out.
 */
export function readPngChunks(bytes: Uint8Array): PngChunk[] | undefined {
  if (!isPng(bytes)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let at = PNG_SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) return undefined;
    const typeBytes = bytes.subarray(at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    const type = ascii(typeBytes);
    if (view.getUint32(at + 8 + length) === crc32(typeBytes, data)) chunks.push({ type, data });
    at = end;
    if (type === "IEND") return chunks;
  }
  return undefined;
}

/** Bytes of one chunk: length, type, data and CRC. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  const typeBytes = asciiBytes(type);
  view.setUint32(0, data.length);
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(typeBytes, data));
  return out;
}

const MAX_KEYWORD = 79;

/** Keywords are 1–79 printable Latin-1 characters without leading, trailing or double spaces. */
function checkKeyword(keyword: string): void {
  if (
    !/^[\x21-\x7e](?:[\x21-\x7e]| (?! ))*$/.test(keyword) ||
    keyword.length > MAX_KEYWORD ||
    keyword.endsWith(" ")
  )
    throw new Error(`Not a PNG text keyword: "${keyword}"`);
}

/** An uncompressed international text chunk: keyword, flags, no language tag, UTF-8 text. */
export function iTxtData(keyword: string, text: string): Uint8Array {
  checkKeyword(keyword);
  const head = asciiBytes(keyword);
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(head.length + 5 + body.length);
  out.set(head, 0);
  // keyword NUL · compression flag 0 · method 0 · empty language tag NUL · empty translated keyword NUL
  out.set(body, head.length + 5);
  return out;
}

interface TextChunk {
  keyword: string;
  /** Undefined when the text is compressed (this reader does not inflate). */
  text: string | undefined;
}

/** Reads a tEXt (Latin-1) or iTXt (UTF-8) chunk; undefined for other chunks or malformed ones. */
export function readTextChunkData(chunk: PngChunk): TextChunk | undefined {
  const { type, data } = chunk;
  if (type !== "tEXt" && type !== "iTXt") return undefined;
  const nul = data.indexOf(0);
  // A longer "keyword" is not one, and spreading a huge one into a string would overflow the stack.
  if (nul < 1 || nul > MAX_KEYWORD) return undefined;
  const keyword = ascii(data.subarray(0, nul));
  if (type === "tEXt") return { keyword, text: new TextDecoder("latin1").decode(data.subarray(nul + 1)) };
  const compressed = data[nul + 1];
  const languageEnd = data.indexOf(0, nul + 3);
  const translatedEnd = languageEnd === -1 ? -1 : data.indexOf(0, languageEnd + 1);
  if (compressed === undefined || translatedEnd === -1) return undefined;
  if (compressed !== 0) return { keyword, text: undefined };
  try {
    return {
      keyword,
      text: new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(translatedEnd + 1)),
    };
  } catch {
    return undefined;
  }
}

/** The text under `keyword` in a PNG's tEXt or iTXt chunks; undefined when there is none. */
export function readPngText(png: Uint8Array, keyword: string): string | undefined {
  for (const chunk of readPngChunks(png) ?? []) {
    const text = readTextChunkData(chunk);
    if (text?.keyword === keyword && text.text !== undefined) return text.text;
  }
  return undefined;
}

/**
 * The PNG with `text` under `keyword` in an iTXt chunk just before IEND; an earlier text chunk
 * of that keyword is replaced. Throws when the bytes are not a whole PNG.
 */
export function writePngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = readPngChunks(png);
  // The reader returns chunks only when they end with IEND.
  if (!chunks) throw new Error("Not a complete PNG image");
  const kept = chunks.filter((c) => readTextChunkData(c)?.keyword !== keyword);
  kept.splice(kept.length - 1, 0, { type: "iTXt", data: iTxtData(keyword, text) });
  const encoded = kept.map((c) => encodeChunk(c.type, c.data));
  const out = new Uint8Array(PNG_SIGNATURE.length + encoded.reduce((n, c) => n + c.length, 0));
  out.set(PNG_SIGNATURE, 0);
  let at = PNG_SIGNATURE.length;
  for (const c of encoded) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
