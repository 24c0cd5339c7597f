import { afterEach, describe, expect, it, vi } from "vitest";
import { readImportFile } from "./read-file";

vi.mock("@/io/picture-embed", async (original) => ({
  ...(await original<typeof import("@/io/picture-embed")>()),
  readPictureEmbed: () => {
    throw new Error("a reader bug");
  },
}));

afterEach(() => vi.restoreAllMocks());

describe("readImportFile", () => {
  it("turns a file that cannot be read into a message", async () => {
    const file = new Blob(["{}"]);
    vi.spyOn(file, "arrayBuffer").mockRejectedValue(new Error("disk gone"));
    const result = await readImportFile(file, {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: "unexpected", params: { detail: "disk gone" } },
    });
  });

  it("turns a failure inside a reader into a message instead of a dialog stuck on Reading…", async () => {
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"></svg>'], "map.svg", {
      type: "image/svg+xml",
    });
    const result = await readImportFile(svg, {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: "unexpected", params: { detail: "a reader bug" } },
    });
  });

  it("resolves nothing once cancelled", async () => {
    const abort = new AbortController();
    abort.abort();
    expect(await readImportFile(new Blob(["{}"]), {}, abort.signal)).toBeUndefined();
  });
});
