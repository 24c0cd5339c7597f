import { describe, expect, it } from "vitest";
import { isIdOf, newId, newIds } from "./ids";

describe("newIds", () => {
  it("makes as many distinct ids of the type as asked, past the random bytes of one call", () => {
    const ids = newIds("source", 10_000);
    expect(ids).toHaveLength(10_000);
    expect(new Set(ids).size).toBe(10_000);
    for (const id of ids) expect(id).toMatch(/^source:[0-9a-z]{16}$/);
  });

  it("makes ids of the same form as newId, and none for zero", () => {
    expect(newId("step")).toMatch(/^step:[0-9a-z]{16}$/);
    expect(newIds("step", 3).every((id) => isIdOf("step", id))).toBe(true);
    expect(newIds("step", 0)).toEqual([]);
  });
});
