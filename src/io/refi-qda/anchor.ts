import { codePointIndex, codePointLength, sliceCodePoints, trimSelection } from "@/model/evidence";

/**
 * Where an imported selection goes in its source's text. Tools disagree about offsets (code
 * points, UTF-16 units, bytes; CRLF as one character or two), so the offsets are only trusted
 * when the text at them is the quote the file gives. Otherwise the quote is looked for: exactly,
 * then with any run of white space matching any other, the occurrence nearest the offsets winning.
 * A quote found nowhere cannot be placed: coding whatever stands at the offsets could code the
 * wrong words.
 */

export type Placement =
  /** The quote stands at the offsets. */
  | { start: number; end: number; how: "offsets" }
  /** The quote was found elsewhere in the text. */
  | { start: number; end: number; how: "found" }
  /** The file gives no quote to check; the offsets fit the text and are taken as they are. */
  | { start: number; end: number; how: "unchecked" };

/** A quote a tool shortened ("Nobody told me what…") still confirms the passage it begins. */
const MIN_PREFIX = 8;

function confirms(slice: string, quote: string): boolean {
  if (slice === quote) return true;
  const prefix = quote.replace(/(…|\.\.\.)$/u, "");
  return prefix !== quote && codePointLength(prefix) >= MIN_PREFIX && slice.startsWith(prefix);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Code-unit ranges of the quote in the text, exact matches first, then white-space-tolerant ones. */
function occurrences(text: string, quote: string): [number, number][] {
  const exact: [number, number][] = [];
  for (let at = text.indexOf(quote); at !== -1 && exact.length < 5000; at = text.indexOf(quote, at + 1))
    exact.push([at, at + quote.length]);
  if (exact.length > 0) return exact;
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "gu");
  return [...text.matchAll(pattern)].slice(0, 5000).map((m) => [m.index, m.index + m[0].length]);
}

export function placeSelection(
  text: string,
  start: number,
  end: number,
  quote: string,
): Placement | undefined {
  const index = codePointIndex(text);
  const fits =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= index.length;
  // Without the white space at its edges, as coding by hand does.
  const place = (s: number, e: number, how: Placement["how"]): Placement | undefined => {
    const range = trimSelection(text, s, e);
    return range ? { ...range, how } : undefined;
  };
  if (quote === "") return fits ? place(start, end, "unchecked") : undefined;
  if (fits && confirms(sliceCodePoints(text, start, end), quote)) return place(start, end, "offsets");
  const near = index.toUnit(fits ? start : 0);
  let best: [number, number] | undefined;
  for (const hit of occurrences(text, quote)) {
    if (!best || Math.abs(hit[0] - near) < Math.abs(best[0] - near)) best = hit;
  }
  return best ? place(index.toPoint(best[0]), index.toPoint(best[1]), "found") : undefined;
}
