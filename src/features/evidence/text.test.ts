import { describe, expect, it } from "vitest";
import { runsOf, selectCodePoints, selectionOffsets, snippetBounds } from "./text";

describe("runs", () => {
  it("splits a text at every boundary, listing the ranges that cover each run, outermost first", () => {
    const runs = runsOf(20, [
      { start: 2, end: 10, key: "a" },
      { start: 5, end: 15, key: "b" },
      { start: 5, end: 8, key: "c" },
      { start: 30, end: 40, key: "outside" },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.keys.join("")])).toEqual([
      [0, 2, ""],
      [2, 5, "a"],
      [5, 8, "abc"],
      [8, 10, "ab"],
      [10, 15, "b"],
      [15, 20, ""],
    ]);
  });
});

describe("DOM selection ↔ code points", () => {
  function region(text: string) {
    const root = document.createElement("section");
    // Text split over several nodes, as the reading view renders it.
    const chars = Array.from(text);
    root.append(chars.slice(0, 3).join(""));
    const span = document.createElement("span");
    span.textContent = chars.slice(3, 8).join("");
    root.append(span, chars.slice(8).join(""));
    document.body.append(root);
    return root;
  }

  it("reads and sets a selection in code points, across emoji and element boundaries", () => {
    const text = "a😀bcdéfghij";
    const root = region(text);
    selectCodePoints(root, text, 2, 9);
    expect(document.getSelection()!.toString()).toBe("bcdéfgh");
    expect(selectionOffsets(root, document.getSelection(), text)).toEqual({ start: 2, end: 9, focus: 9 });
    // Selected backwards: the focus is at the start.
    selectCodePoints(root, text, 9, 2);
    expect(selectionOffsets(root, document.getSelection(), text)).toEqual({ start: 2, end: 9, focus: 2 });
    root.remove();
  });

  it("ignores a selection elsewhere on the page", () => {
    const text = "hello world";
    const root = region(text);
    const other = document.createElement("p");
    other.textContent = "elsewhere";
    document.body.append(other);
    document.getSelection()!.selectAllChildren(other);
    expect(selectionOffsets(root, document.getSelection(), text)).toBeNull();
    root.remove();
    other.remove();
  });

  it("cuts snippets at word edges", () => {
    const text = "one two three four five six seven eight nine ten";
    const { from, to } = snippetBounds(text, 14, 18, 8);
    expect(Array.from(text).slice(from, to).join("")).toBe("three four five");
  });
});
