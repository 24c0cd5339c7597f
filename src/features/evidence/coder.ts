import { useSyncExternalStore } from "react";

/** Where the coder's name is remembered: per browser profile, not in the workspace. */
export const CODER_STORAGE_KEY = "journey-mapper.coder";

const listeners = new Set<() => void>();
let memory = "";

function read(): string {
  try {
    return globalThis.localStorage?.getItem(CODER_STORAGE_KEY) ?? memory;
  } catch {
    // Storage blocked (private window): the name lasts while the tab is open.
    return memory;
  }
}

export function getCoder(): string {
  return read();
}

export function setCoder(name: string): void {
  memory = name;
  try {
    globalThis.localStorage?.setItem(CODER_STORAGE_KEY, name);
  } catch {
    // Kept in memory only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === CODER_STORAGE_KEY) listener();
  };
  globalThis.addEventListener?.("storage", onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.("storage", onStorage);
  };
}

/** The coder's name: every coding records it, so agreement between two coders can be measured. */
export function useCoder(): [string, (name: string) => void] {
  const coder = useSyncExternalStore(subscribe, read, () => "");
  return [coder, setCoder];
}
