import { journeyWith, NOW } from "@test/factories";
import { describe, expect, it } from "vitest";
import { applyChange, applyDiff, composeDiffs } from "./diff";
import { emptyHistory, HISTORY_LIMIT, MERGE_WINDOW_MS, recordInHistory, takeRedo, takeUndo } from "./history";
import { updateStep } from "./journey";
import type { StepRecord } from "./types";

describe("diffs", () => {
  it("records only what changed and applies both ways", () => {
    const { steps, records } = journeyWith(2);
    const step = steps[0]!;
    const { records: after, diff } = applyChange(records, updateStep(step, { title: "Changed" }, NOW));
    expect(Object.keys(diff)).toEqual([step.id]);
    const undo = takeUndo(recordInHistory(emptyHistory, diff, 0))!;
    expect(applyDiff(after, undo.diff)).toEqual(records);
  });

  it("leaves out puts of the very same record", () => {
    const { steps, records } = journeyWith(1);
    const { diff, records: after } = applyChange(records, { put: [steps[0]!] });
    expect(diff).toEqual({});
    expect(after).toBe(records);
  });

  it("composes two diffs keeping the first before and the last after", () => {
    const { steps, records } = journeyWith(1);
    const a = applyChange(records, updateStep(steps[0]!, { title: "A" }, NOW));
    const b = applyChange(a.records, updateStep(a.records[steps[0]!.id] as StepRecord, { title: "B" }, NOW));
    const both = composeDiffs(a.diff, b.diff);
    expect((both[steps[0]!.id]![0] as StepRecord).title).toBe("Step 1");
    expect((both[steps[0]!.id]![1] as StepRecord).title).toBe("B");
  });
});

describe("history", () => {
  it("merges edits with the same key inside the window, and not outside it", () => {
    const { steps, records } = journeyWith(1);
    const { diff } = applyChange(records, updateStep(steps[0]!, { title: "x" }, NOW));
    let h = recordInHistory(emptyHistory, diff, 1000, "title");
    h = recordInHistory(h, diff, 1000 + MERGE_WINDOW_MS - 1, "title");
    expect(h.undo).toHaveLength(1);
    h = recordInHistory(h, diff, 1000 + 3 * MERGE_WINDOW_MS, "title");
    expect(h.undo).toHaveLength(2);
    h = recordInHistory(h, diff, 1000 + 3 * MERGE_WINDOW_MS + 1, "other");
    expect(h.undo).toHaveLength(3);
  });

  it("keeps at least 100 steps and at most the limit", () => {
    const { steps, records } = journeyWith(1);
    const { diff } = applyChange(records, updateStep(steps[0]!, { title: "x" }, NOW));
    let h = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) h = recordInHistory(h, diff, i * 10_000);
    expect(h.undo).toHaveLength(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
  });

  it("redo replays what undo took back, and a new edit clears redo", () => {
    const { steps, records } = journeyWith(1);
    const { diff, records: after } = applyChange(records, updateStep(steps[0]!, { title: "x" }, NOW));
    const h = recordInHistory(emptyHistory, diff, 0);
    const undone = takeUndo(h)!;
    const back = applyDiff(after, undone.diff);
    const redone = takeRedo(undone.history)!;
    expect(applyDiff(back, redone.diff)).toEqual(after);
    expect(recordInHistory(undone.history, diff, 1).redo).toHaveLength(0);
    expect(takeUndo(emptyHistory)).toBeUndefined();
    expect(takeRedo(emptyHistory)).toBeUndefined();
  });
});
