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
