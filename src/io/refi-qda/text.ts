/**
 * Offsets in REFI-QDA files count code points (as QualCoder's Python does), 0-based and
 * end-exclusive, over the exact `.txt` shipped. Ours count code points too; the only shift
 * comes from line endings, which go out as LF (ATLAS.ti and NVivo disagree about CRLF).
 */

export interface LineFeedText {
  text: string;
  /** The offset in `text` of a code-point offset of the original. */
  point(original: number): number;
}

/** CRLF and lone CR become LF; `point` maps offsets across the change. */
export function toLineFeeds(original: string): LineFeedText {
  if (!original.includes("\r")) return { text: original, point: (p) => p };
  // removed[p]: how many CRs before code point p were dropped (each CR of a CRLF).
  const removed: number[] = [];
  let count = 0;
  let text = "";
  const chars = Array.from(original);
  chars.forEach((ch, i) => {
    removed.push(count);
    if (ch === "\r") {
      if (chars[i + 1] === "\n") count += 1;
      else text += "\n";
    } else text += ch;
  });
  removed.push(count);
  return {
    text,
    point: (p) => {
      const at = Math.max(0, Math.min(chars.length, p));
      return at - removed[at]!;
    },
  };
}
