import { afterEach, describe, expect, it, vi } from "vitest";
import { readImportFile } from "./read-file";

vi.mock("@/io/picture-embed", async (original) => ({
  ...(await original<typeof import("@/io/picture-embed")>()),
  readPictureEmbed: () => {
    throw new Error("a reader bug");
  },
}));

// The REFI-QDA reader fails to load, as after an update removed this version's files.
vi.mock("@/io/refi-qda/parse", () =>
  Promise.reject(new TypeError("Failed to fetch dynamically imported module: /assets/parse.js")),
);

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

  it("answers a REFI-QDA file whose reader cannot be loaded with the REFI dialog's “not loaded” error", async () => {
    const qdc = new File(['<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'], "codes.qdc");
    const result = await readImportFile(qdc, {});
    expect(result).toMatchObject({
      refi: {
        ok: false,
        error: { code: "not-loaded", params: { detail: expect.any(String) } },
      },
    });
  });

  it("resolves nothing once cancelled", async () => {
    const abort = new AbortController();
    abort.abort();
    expect(await readImportFile(new Blob(["{}"]), {}, abort.signal)).toBeUndefined();
  });
});
