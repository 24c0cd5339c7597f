/**
 * How much the browser lets the app store, and whether it may evict it. Every call tolerates a
 * missing or failing StorageManager (older browsers, insecure http contexts, some private modes).
 */

function storageManager(): StorageManager | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.storage;
}

export async function storageEstimate(): Promise<{ usage?: number; quota?: number; persisted?: boolean }> {
  const storage = storageManager();
  const result: { usage?: number; quota?: number; persisted?: boolean } = {};
  if (!storage) return result;
  try {
    const estimate = await storage.estimate?.();
    if (typeof estimate?.usage === "number") result.usage = estimate.usage;
    if (typeof estimate?.quota === "number") result.quota = estimate.quota;
  } catch {
    // Unknown usage is shown as unknown, not as an error.
  }
  try {
    const persisted = await storage.persisted?.();
    if (typeof persisted === "boolean") result.persisted = persisted;
  } catch {
    // As above.
  }
  return result;
}

/** Asks the browser not to evict the workspace under storage pressure; false when absent or refused. */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  try {
    return (await storage?.persist?.()) === true;
  } catch {
    return false;
  }
}
