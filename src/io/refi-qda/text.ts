/**
 * Offsets in REFI-QDA files count code points (as QualCoder's Python does), 0-based and
 * end-exclusive, over the exact `.txt` shipped. Ours count code points too; the only shift
 * comes from line endings, which go out as LF (ATLAS.ti and NVivo disagree about CRLF).
 */

export interface LineFeedText {
  text: string;
  /** The offset in `text` of a code-point offset of the original. */
  point(original: number): number;
  /** The code-point offset in the original of an offset in `text`: `point` undone. */
  original(point: number): number;
}

/** CRLF and lone CR become LF; `point` maps offsets across the change. */
export function toLineFeeds(original: string): LineFeedText {
  if (!original.includes("\r")) return { text: original, point: (p) => p, original: (p) => p };
  // removed[p]: how many CRs before code point p were dropped (each CR of a CRLF).
  const removed: number[] = [];
  // from[q]: the original code point that code point q of `text` came from.
  const from: number[] = [];
  let count = 0;
  let text = "";
  const chars = Array.from(original);
  chars.forEach((ch, i) => {
    removed.push(count);
    if (ch === "\r") {
      // A CRLF's LF maps back to its CR, so that a selection ending at the break leaves the CR out.
      from.push(i);
      text += "\n";
      if (chars[i + 1] === "\n") count += 1;
    } else if (!(ch === "\n" && chars[i - 1] === "\r")) {
      from.push(i);
      text += ch;
    }
  });
  removed.push(count);
  from.push(chars.length);
  return {
    text,
    point: (p) => {
      const at = Math.max(0, Math.min(chars.length, p));
      return at - removed[at]!;
    },
    original: (q) => from[Math.max(0, Math.min(from.length - 1, q))]!,
  };
}
