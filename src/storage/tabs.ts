/**
 * Tells other tabs of the same app which records this tab committed, so they can re-read
 * those rows (readRecords) instead of reloading everything. Only ids travel: the rows
 * themselves are read from IndexedDB, which is already committed when the message is sent.
 */

export const CHANNEL_NAME = "journey-mapper";

export interface ChangedMessage {
  type: "changed";
  tabId: string;
  ids: string[];
}

export interface TabChannel {
  announce(ids: readonly string[]): void;
  close(): void;
}

function isChangedMessage(data: unknown): data is ChangedMessage {
  if (typeof data !== "object" || data === null) return false;
  const m = data as Partial<ChangedMessage>;
  return (
    m.type === "changed" &&
    typeof m.tabId === "string" &&
    Array.isArray(m.ids) &&
    m.ids.every((id) => typeof id === "string")
  );
}

export function createTabChannel(options: {
  tabId: string;
  onRemoteChange: (ids: string[]) => void;
  name?: string;
}): TabChannel {
  const { tabId, onRemoteChange, name = CHANNEL_NAME } = options;
  // Without BroadcastChannel the app still works; other tabs just see changes on reload.
  if (typeof BroadcastChannel === "undefined") return { announce() {}, close() {} };
  const channel = new BroadcastChannel(name);
  let closed = false;
  channel.addEventListener("message", (event: MessageEvent<unknown>) => {
    const data = event.data;
    // Browsers do not echo to the sending object, but other channel objects in this tab would.
    if (!isChangedMessage(data) || data.tabId === tabId || data.ids.length === 0) return;
    onRemoteChange(data.ids);
  });
  return {
    announce(ids) {
      if (closed || ids.length === 0) return;
      const message: ChangedMessage = { type: "changed", tabId, ids: [...ids] };
      channel.postMessage(message);
    },
    close() {
      if (closed) return;
      closed = true;
      channel.close();
    },
  };
}
