import type { TextEncodingName } from "./types";

/**
 * Text encodings of imported files. Browsers and `FileReader.readAsText` guess; we do not let
 * them: the bytes are sniffed here and decoded explicitly, so that the preview can show which
 * encoding was used and the user can change it.
 */

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** The file starts with the byte-order mark of `encoding`. */
  bom: boolean;
  /**
   * 0…1. 1: a byte-order mark, or valid UTF-8 with non-ASCII characters, or pure ASCII (every
   * candidate decodes it the same). Lower for BOM-less UTF-16 and for the Windows-1252 fallback.
   */
  confidence: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The encoding whose byte-order mark the bytes start with, if any. */
export function bomOf(bytes: Uint8Array): TextEncodingName | undefined {
  if (startsWith(bytes, UTF8_BOM)) return "utf-8";
  // FF FE 00 00 would be UTF-32 LE, which no tool our users meet writes; read it as UTF-16 LE.
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  return undefined;
}

/** Guesses UTF-16 without a BOM from the NUL bytes that ASCII characters leave in it. */
function sniffUtf16(bytes: Uint8Array): EncodingGuess | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Latin text in UTF-16 LE: nearly every odd byte is NUL and almost no even byte is.
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) {
    return { encoding: "utf-16le", bom: false, confidence: Math.min(0.95, oddNul / pairs) };
  }
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) {
    return { encoding: "utf-16be", bom: false, confidence: Math.min(0.95, evenNul / pairs) };
  }
  return undefined;
}

export interface Utf8Scan {
  /** Well-formed multi-byte sequences. */
  multibyte: number;
  /** Bytes that are not part of a well-formed sequence. */
  invalid: number;
  /** A sequence cut off by the end of the bytes (a slice of a larger file); not counted as invalid. */
  truncated: boolean;
}

/** Counts valid multi-byte UTF-8 sequences and invalid bytes (overlongs and surrogates are invalid). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let truncated = false;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) {
        truncated = true;
        ok = false;
        break;
      }
      const c = bytes[i + j]!;
      const min = j === 1 ? lo : 0x80;
      const max = j === 1 ? hi : 0xbf;
      if (c < min || c > max) {
        ok = false;
        break;
      }
    }
    if (truncated) break;
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid, truncated };
}

/** Windows-1252 bytes that are letters or typography in Nordic text: Latin-1 letters, – — ‘ ’ “ ” … € */
function looksLikeWindows1252Text(bytes: Uint8Array): boolean {
  let plausible = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || b === 0x80 || b === 0x85 || (b >= 0x91 && b <= 0x97) || b === 0xa0 || b === 0xb4) {
      plausible++;
    }
  }
  return high > 0 && plausible / high >= 0.8;
}

/** Valid UTF-8 (a character cut off at the end allowed), decoded; undefined when invalid. */
function tryUtf8(bytes: Uint8Array, partial: boolean): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    return undefined;
  }
}

function sniff(bytes: Uint8Array, partial: boolean): { guess: EncodingGuess; utf8Text?: string } {
  const bom = bomOf(bytes);
  if (bom) return { guess: { encoding: bom, bom: true, confidence: 1 } };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { guess: utf16 };
  // The native decoder is the fast path for the common case; the byte scan runs only on failure.
  const utf8Text = tryUtf8(bytes, partial);
  if (utf8Text !== undefined) return { guess: { encoding: "utf-8", bom: false, confidence: 1 }, utf8Text };
  const scan = scanUtf8(bytes);
  if (scan.invalid === 0) return { guess: { encoding: "utf-8", bom: false, confidence: 1 } };
  if (scan.multibyte >= 10 * scan.invalid)
    return { guess: { encoding: "utf-8", bom: false, confidence: 0.6 } };
  const confidence = looksLikeWindows1252Text(bytes) ? 0.9 : 0.6;
  return { guess: { encoding: "windows-1252", bom: false, confidence } };
}

/**
 * Which encoding the bytes are in. In order: a byte-order mark; BOM-less UTF-16 from NUL
 * patterns; valid UTF-8; otherwise Windows-1252 (Excel's "CSV" in a Nordic locale). A file that
 * is UTF-8 but for a few stray bytes (one in ten valid sequences or fewer) stays UTF-8, so one
 * bad byte does not turn every "ä" of the file into "Ã¤". Works on a slice of a file too: a
 * character cut off at the end of the slice is not held against UTF-8.
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  return sniff(bytes, true).guess;
}

/** Windows-1252 0x80–0x9F; the rest of the code page is Latin-1. 0x81 0x8D 0x8F 0x90 0x9D are unassigned. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by hand: Node's TextDecoder reads the "windows-1252" label as Latin-1, which
 * loses – — “ ” ‘ ’ € (0x80–0x9F). The bytes become UTF-16 code units and a native UTF-16
 * decoder makes the string, which is fast for files of tens of megabytes.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  return new TextDecoder("utf-16le").decode(units);
}

export interface DecodeOptions {
  /**
   * The bytes are the start of a larger file: a character cut off at the end is dropped rather
   * than shown as U+FFFD. For previews of a slice.
   */
  partial?: boolean;
}

/**
 * Bytes to text in the given encoding; a leading byte-order mark is dropped. Never throws:
 * bytes that are invalid in the encoding become U+FFFD (count them with `countReplacement`).
 */
export function decode(bytes: Uint8Array, encoding: TextEncodingName, options: DecodeOptions = {}): string {
  let text: string;
  if (encoding === "windows-1252") text = decodeWindows1252(bytes);
  else {
    // ignoreBOM: false (the default) makes the decoder drop a BOM that matches its encoding.
    text = new TextDecoder(encoding).decode(bytes, { stream: options.partial === true });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** How many U+FFFD replacement characters the text has: a sign of a wrong encoding. */
export function countReplacement(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) count++;
  return count;
}

/** Detects the encoding and decodes (valid UTF-8 is decoded once, not twice). */
export function decodeAuto(bytes: Uint8Array, options: DecodeOptions = {}): EncodingGuess & { text: string } {
  const { guess, utf8Text } = sniff(bytes, options.partial === true);
  const text = utf8Text ?? decode(bytes, guess.encoding, options);
  return { ...guess, text };
}
