// @vitest-environment node
import { journeyWith } from "@test/factories";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startTidy } from "./run-tidy";
import { handleTidy, type TidyInput, type TidyOutcome } from "./tidy-handler";

/** A Worker that runs the handler in this thread, with structured cloning like the real one. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<TidyOutcome>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }

  postMessage(message: TidyInput) {
    const input = structuredClone(message);
    setTimeout(() => {
      const data = structuredClone(handleTidy(input));
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<TidyOutcome>);
    }, 0);
  }

  terminate() {
    this.terminated = true;
  }
}

const input = (): TidyInput => {
  const { journey, steps, edges } = journeyWith(6);
  return { journey, steps, edges };
};

describe("startTidy", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.instances = [];
  });

  it("lays out in a module worker of its own and ends it", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const given = input();
    const placements = await startTidy(given).result;
    const worker = FakeWorker.instances[0]!;
    expect(worker.url.pathname.endsWith("/tidy.worker.ts")).toBe(true);
    expect(worker.options).toEqual({ type: "module" });
    expect(placements.map((p) => p.id).sort()).toEqual(given.steps.map((s) => s.id).sort());
    expect(worker.terminated).toBe(true);
  });

  it("cancel rejects with an AbortError and ends the worker at once", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const job = startTidy(input());
    job.cancel();
    await expect(job.result).rejects.toMatchObject({ name: "AbortError" });
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
  });

  it("rejects with the worker's reason when the layout fails", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const broken = { ...input(), journey: { ...input().journey, stages: null } } as unknown as TidyInput;
    await expect(startTidy(broken).result).rejects.toThrow(Error);
  });

  it("runs the same code on this thread where there are no workers", async () => {
    vi.stubGlobal("Worker", undefined);
    const given = input();
    const placements = await startTidy(given).result;
    expect(placements).toEqual((handleTidy(given) as Extract<TidyOutcome, { type: "done" }>).placements);
    const cancelled = startTidy(given);
    cancelled.cancel();
    await expect(cancelled.result).rejects.toMatchObject({ name: "AbortError" });
  });
});
