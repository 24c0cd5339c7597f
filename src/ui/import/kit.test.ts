import { describe, expect, it } from "vitest";
import { loadPreviewKit, previewWithHeader } from "./kit";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("previewWithHeader", () => {
  it("takes the first row as the header when it looks like one", async () => {
    const kit = await loadPreviewKit();
    const { preview, hasHeader } = previewWithHeader(kit, bytes("date;value\n2016-01-01;3\n"), {}, null);
    expect(hasHeader).toBe(true);
    expect(preview.header).toEqual(["date", "value"]);
    expect(preview.rows.map((r) => r.cells)).toEqual([["2016-01-01", "3"]]);
  });

  it("reads every row as data when the first row does not look like a header", async () => {
    const kit = await loadPreviewKit();
    const file = bytes("2016-01-01;3\n2017-01-01;4\n");
    const { preview, hasHeader } = previewWithHeader(kit, file, {}, null);
    expect(hasHeader).toBe(false);
    expect(preview.rows.map((r) => r.cells)).toEqual([
      ["2016-01-01", "3"],
      ["2017-01-01", "4"],
    ]);
  });

  it("follows the user's choice over the guess, keeping the other table options", async () => {
    const kit = await loadPreviewKit();
    const file = bytes("Waiting times\n2016-01-01;3\n2017-01-01;4\n");
    const { preview, hasHeader } = previewWithHeader(
      kit,
      file,
      { delimiter: ";", table: { headerRow: 1 } },
      true,
    );
    expect(hasHeader).toBe(true);
    expect(preview.header).toEqual(["2016-01-01", "3"]);
    expect(preview.rows.map((r) => r.cells)).toEqual([["2017-01-01", "4"]]);
  });
});
