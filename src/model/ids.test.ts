import { describe, expect, it } from "vitest";
import { isIdOf, newId, newIds } from "./ids";

describe("newIds", () => {
  it("makes as many distinct ids of the type as asked, sorting in the order they were made", () => {
    const ids = newIds("source", 100_000);
    expect(new Set(ids).size).toBe(100_000);
    for (const id of ids) expect(id).toMatch(/^source:[0-9a-z]{16}$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it("gives each batch a head of its own", () => {
    const [a] = newIds("source", 1);
    const [b] = newIds("source", 1);
    expect(a).not.toBe(b);
  });

  it("makes ids of the same form as newId, and none for zero", () => {
    expect(newId("step")).toMatch(/^step:[0-9a-z]{16}$/);
    expect(newIds("step", 3).every((id) => isIdOf("step", id))).toBe(true);
    expect(newIds("step", 0)).toEqual([]);
  });
});
