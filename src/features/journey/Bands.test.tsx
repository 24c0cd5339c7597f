import { describe, expect, it } from "vitest";
import { headerFit, KEY_LINE, NAME_LINE } from "./Bands";

describe("headerFit", () => {
  it("shows as many lines of a lane name as the band has room for, at most three", () => {
    expect(headerFit(400)).toEqual({ lines: 3, key: false });
    expect(headerFit(2 * NAME_LINE + 1)).toEqual({ lines: 2, key: false });
    expect(headerFit(2 * NAME_LINE)).toEqual({ lines: 1, key: false });
    expect(headerFit(NAME_LINE + 1)).toEqual({ lines: 1, key: false });
    expect(headerFit(NAME_LINE)).toEqual({ lines: 0, key: false });
    expect(headerFit(0)).toEqual({ lines: 0, key: false });
  });

  it("gives the curve its colour key only with room for a line of the title above it", () => {
    const key = 2 * (KEY_LINE + 2);
    expect(headerFit(180, true)).toEqual({ lines: 3, key: true });
    expect(headerFit(1 + key + NAME_LINE, true)).toEqual({ lines: 1, key: true });
    expect(headerFit(key + NAME_LINE, true)).toEqual({ lines: 2, key: false });
    expect(headerFit(NAME_LINE + 1, true)).toEqual({ lines: 1, key: false });
    expect(headerFit(10, true)).toEqual({ lines: 0, key: false });
  });
});
