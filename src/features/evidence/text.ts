import { codePointIndex } from "@/model/evidence";

/**
 * Text helpers of the reading view: splitting a text into runs by the excerpts that cover them,
 * and turning the DOM selection inside the text region into code-point offsets and back.
 * The region must hold the source's text and nothing else, so its text nodes, in order, spell
 * out the text exactly.
 */

export interface Run<K> {
  /** Code-point offsets. */
  start: number;
  end: number;
  /** Keys of the ranges covering this run, outermost (earliest start, longest) first. */
  keys: K[];
}

/** Splits [0, length) at every range boundary; each run lists the ranges that cover it. */
export function runsOf<K>(
  length: number,
  ranges: readonly { start: number; end: number; key: K }[],
): Run<K>[] {
  const valid = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.start < r.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([0, length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run<K>[] = [];
  let active: typeof valid = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((r) => r.end > start);
    while (next < valid.length && valid[next]!.start <= start) {
      if (valid[next]!.end > start) active.push(valid[next]!);
      next++;
    }
    runs.push({ start, end, keys: active.map((r) => r.key) });
  }
  return runs;
}

/** Code-unit offset of a DOM boundary point inside `root`: the length of the text before it. */
function unitsBefore(root: Node, node: Node, offset: number): number {
  const range = root.ownerDocument!.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The selection inside `root` as code-point offsets of `text` (start ≤ end), clamped to the
 * region when it runs past it; null when the selection does not touch the region.
 */
export function selectionOffsets(
  root: HTMLElement,
  selection: Selection | null,
  text: string,
): { start: number; end: number; focus: number } | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const inside = (node: Node | null) => node !== null && (node === root || root.contains(node));
  if (!inside(range.startContainer) && !inside(range.endContainer) && !range.intersectsNode(root))
    return null;
  const total = text.length;
  const startUnit = inside(range.startContainer)
    ? unitsBefore(root, range.startContainer, range.startOffset)
    : 0;
  const endUnit = inside(range.endContainer) ? unitsBefore(root, range.endContainer, range.endOffset) : total;
  const focusUnit =
    selection.focusNode && inside(selection.focusNode)
      ? unitsBefore(root, selection.focusNode, selection.focusOffset)
      : endUnit;
  const index = codePointIndex(text);
  return {
    start: index.toPoint(Math.min(startUnit, total)),
    end: index.toPoint(Math.min(endUnit, total)),
    focus: index.toPoint(Math.min(focusUnit, total)),
  };
}

/** The text node and offset at a code-unit offset inside `root`. */
function boundaryAt(root: Node, unit: number): { node: Node; offset: number } {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (unit <= seen + length) return { node, offset: unit - seen };
    seen += length;
    last = node;
  }
  return last ? { node: last, offset: last.nodeValue?.length ?? 0 } : { node: root, offset: 0 };
}

/** Selects [start, end) of `text` (code points) inside `root`; `end` is where the focus goes. */
export function selectCodePoints(root: HTMLElement, text: string, start: number, end: number): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection) return;
  const index = codePointIndex(text);
  const anchor = boundaryAt(root, index.toUnit(start));
  const focus = boundaryAt(root, index.toUnit(end));
  selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
}

/** A short piece of text around [start, end) for a snippet: code points, cut at word edges. */
export function snippetBounds(
  text: string,
  start: number,
  end: number,
  context = 60,
): { from: number; to: number } {
  const chars = Array.from(text);
  let from = Math.max(0, start - context);
  let to = Math.min(chars.length, end + context);
  while (from > 0 && from < start && !/\s/.test(chars[from - 1]!)) from++;
  while (to < chars.length && to > end && !/\s/.test(chars[to]!)) to--;
  return { from, to };
}
