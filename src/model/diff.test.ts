import { describe, expect, it } from "vitest";
import { applyChange } from "./diff";
import type { AnyRecord } from "./types";

describe("applyChange with an id twice in one change", () => {
  const a = { typeName: "code", id: "code:a", name: "A" } as unknown as AnyRecord;
  const b = { ...a, name: "B" } as AnyRecord;

  it("ends with the last put, and reports no change when that is what was there", () => {
    expect(applyChange({ [a.id]: a }, { put: [b, a] })).toEqual({ records: { [a.id]: a }, diff: {} });
    expect(applyChange({ [a.id]: a }, { remove: [a.id], put: [a] }).diff).toEqual({});
    expect(applyChange({ [a.id]: a }, { put: [b, b] }).diff).toEqual({ [a.id]: [a, b] });
  });
});

describe("applyChange", () => {
  const a = { typeName: "code", id: "code:a", name: "A" } as unknown as AnyRecord;
  const b = { typeName: "code", id: "code:b", name: "B" } as unknown as AnyRecord;
  const a2 = { ...a, name: "A2" } as AnyRecord;

  it("returns the same map when nothing changes, and never changes the map it was given", () => {
    const records = { [a.id]: a };
    expect(applyChange(records, { put: [a], remove: ["code:missing"] }).records).toBe(records);
    const { records: next, diff } = applyChange(records, { put: [a2, b] });
    expect(next).toEqual({ [a.id]: a2, [b.id]: b });
    expect(diff).toEqual({ [a.id]: [a, a2], [b.id]: [undefined, b] });
    expect(records).toEqual({ [a.id]: a });
  });

  it("removes, and a remove followed by a put of something else is a replacement", () => {
    const records = { [a.id]: a, [b.id]: b };
    expect(applyChange(records, { remove: [b.id] })).toEqual({
      records: { [a.id]: a },
      diff: { [b.id]: [b, undefined] },
    });
    expect(applyChange(records, { remove: [a.id], put: [a2] })).toEqual({
      records: { [a.id]: a2, [b.id]: b },
      diff: { [a.id]: [a, a2] },
    });
  });
});
