// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { utf8 } from "./bytes.testkit";
import type { TableImportRequest } from "./pipeline";
import { type FromWorker, SOURCE_BATCH, type ToWorker } from "./protocol";
import { startImport } from "./run-import";
import { createImportHandler } from "./worker-handler";

const REQUEST: TableImportRequest = {
  format: "table",
  mapping: {
    mode: "interview",
    text: 2,
    respondent: 0,
    role: 1,
    date: null,
    title: null,
    attributes: [],
    openText: [],
  },
};

function csv(rows: number): Uint8Array {
  const lines = ["id;role;note"];
  for (let i = 0; i < rows; i++) lines.push(`P${i};Employer;note ${i}`);
  lines.push("broken;row;with;too;many");
  return utf8(lines.join("\r\n"));
}

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("the worker handler", () => {
  it("posts progress, the sources in batches, then done", async () => {
    const posted: FromWorker[] = [];
    const handle = createImportHandler((m) => posted.push(m));
    await handle({ type: "start", buffer: bufferOf(csv(5000)), request: REQUEST });
    const types = posted.map((m) => m.type);
    expect(types[0]).toBe("progress");
    expect(types.at(-1)).toBe("done");
    const batches = posted.filter((m) => m.type === "sources");
    expect(batches).toHaveLength(Math.ceil(5000 / SOURCE_BATCH));
    expect(batches.flatMap((m) => m.sources)).toHaveLength(5000);
    const done = posted.at(-1) as Extract<FromWorker, { type: "done" }>;
    expect(done).toMatchObject({ encoding: "utf-8", delimiter: ";", rows: 5001 });
    expect(done.errors).toEqual([expect.objectContaining({ line: 5002, code: "too-many-fields" })]);
    const progress = posted.filter((m) => m.type === "progress");
    expect(progress.at(-1)).toMatchObject({ fraction: 1 });
  });

  it("stops on a cancel message between slices", async () => {
    const posted: FromWorker[] = [];
    const handle = createImportHandler((m) => posted.push(m));
    const running = handle({ type: "start", buffer: bufferOf(csv(50_000)), request: REQUEST });
    // The cancel arrives while the parse waits between slices.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await handle({ type: "cancel" });
    await running;
    expect(posted.at(-1)).toEqual({ type: "cancelled" });
    expect(posted.some((m) => m.type === "sources" || m.type === "done")).toBe(false);
  });

  it("reports a failure", async () => {
    const posted: FromWorker[] = [];
    const handle = createImportHandler((m) => posted.push(m));
    await handle({
      type: "start",
      buffer: bufferOf(csv(2)),
      request: { ...REQUEST, mapping: { ...REQUEST.mapping, text: null } },
    });
    expect(posted.at(-1)).toEqual({ type: "failed", message: "Choose the column that holds the text." });
  });
});

/** A Worker that runs the handler in this thread, with structured cloning and transfer like the real one. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: ToWorker[] = [];
  transferred: Transferable[] = [];
  private handle = createImportHandler((message) => {
    const data = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<FromWorker>);
    }, 0);
  });

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }

  postMessage(message: ToWorker, transfer: Transferable[] = []) {
    const data = structuredClone(message, { transfer });
    this.received.push(data);
    this.transferred.push(...transfer);
    setTimeout(() => void this.handle(data), 0);
  }

  terminate() {
    this.terminated = true;
  }
}

describe("startImport", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.instances = [];
  });

  it("runs the import in a module worker and resolves with all sources", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const fractions: number[] = [];
    const bytes = csv(4500);
    const handle = startImport(new Blob([bufferOf(bytes)]), REQUEST, (p) => fractions.push(p.fraction));
    const result = await handle.result;
    const worker = FakeWorker.instances[0]!;
    expect(worker.url.pathname.endsWith("/import.worker.ts")).toBe(true);
    expect(worker.options).toEqual({ type: "module" });
    expect(worker.received[0]).toMatchObject({ type: "start", request: REQUEST });
    expect(result.sources).toHaveLength(4500);
    expect(result.sources[4499]).toMatchObject({ respondent: "P4499", respondentRole: "employer" });
    expect(result.errors).toHaveLength(1);
    expect(fractions.at(-1)).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it("transfers the bytes instead of copying them", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const handle = startImport(new Blob([bufferOf(csv(10))]), REQUEST);
    await handle.result;
    const worker = FakeWorker.instances[0]!;
    const start = worker.received[0] as Extract<ToWorker, { type: "start" }>;
    expect(start.buffer.byteLength).toBeGreaterThan(0);
    // The page's buffer was in the transfer list, and is detached (empty) on the page's side.
    expect(worker.transferred).toHaveLength(1);
    expect((worker.transferred[0] as ArrayBuffer).byteLength).toBe(0);
  });

  it("cancel rejects with an AbortError and ends the worker", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const handle = startImport(new Blob([bufferOf(csv(50_000))]), REQUEST);
    await new Promise((resolve) => setTimeout(resolve, 5));
    handle.cancel();
    await expect(handle.result).rejects.toMatchObject({ name: "AbortError" });
    const worker = FakeWorker.instances[0]!;
    await vi.waitFor(() => expect(worker.terminated).toBe(true));
    expect(worker.received.map((m) => m.type)).toContain("cancel");
  });

  it("rejects with the worker's reason when it fails", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const handle = startImport(new Blob([bufferOf(csv(2))]), {
      ...REQUEST,
      mapping: { ...REQUEST.mapping, text: null },
    });
    await expect(handle.result).rejects.toThrow("Choose the column that holds the text.");
  });
});
