import { afterEach, describe, expect, it, vi } from "vitest";
import { requestPersistence, storageEstimate } from "./estimate";

function stubStorage(storage: Partial<StorageManager> | undefined): void {
  Object.defineProperty(navigator, "storage", { configurable: true, value: storage });
}

afterEach(() => {
  delete (navigator as { storage?: unknown }).storage;
});

describe("storageEstimate", () => {
  it("reports usage, quota and persistence", async () => {
    stubStorage({
      estimate: vi.fn().mockResolvedValue({ usage: 1200, quota: 5_000_000 }),
      persisted: vi.fn().mockResolvedValue(true),
    });
    expect(await storageEstimate()).toEqual({ usage: 1200, quota: 5_000_000, persisted: true });
  });

  it("leaves out what the browser cannot tell", async () => {
    stubStorage(undefined);
    expect(await storageEstimate()).toEqual({});
    stubStorage({ estimate: vi.fn().mockRejectedValue(new Error("SecurityError")) });
    expect(await storageEstimate()).toEqual({});
    stubStorage({ estimate: vi.fn().mockResolvedValue({}), persisted: vi.fn().mockResolvedValue(false) });
    expect(await storageEstimate()).toEqual({ persisted: false });
  });
});

describe("requestPersistence", () => {
  it("is true only when the browser grants it", async () => {
    stubStorage({ persist: vi.fn().mockResolvedValue(true) });
    expect(await requestPersistence()).toBe(true);
    stubStorage({ persist: vi.fn().mockResolvedValue(false) });
    expect(await requestPersistence()).toBe(false);
    stubStorage({ persist: vi.fn().mockRejectedValue(new Error("denied")) });
    expect(await requestPersistence()).toBe(false);
    stubStorage({});
    expect(await requestPersistence()).toBe(false);
    stubStorage(undefined);
    expect(await requestPersistence()).toBe(false);
  });
});
