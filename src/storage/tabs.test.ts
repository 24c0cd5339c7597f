import { afterEach, describe, expect, it, vi } from "vitest";
import { CHANNEL_NAME, createTabChannel, type TabChannel } from "./tabs";

const channels: { close(): void }[] = [];
let counter = 0;

function channel(tabId: string, name: string, onRemoteChange: (ids: string[]) => void): TabChannel {
  const created = createTabChannel({ tabId, name, onRemoteChange });
  channels.push(created);
  return created;
}

/** BroadcastChannel delivers asynchronously; a short real wait lets any stray message arrive. */
const quiet = () => new Promise((resolve) => setTimeout(resolve, 30));

afterEach(() => {
  for (const c of channels.splice(0)) c.close();
  vi.unstubAllGlobals();
});

describe("createTabChannel", () => {
  it("tells other tabs which ids changed, never the sender itself", async () => {
    const name = `tabs-test-${++counter}`;
    const heardByA = vi.fn();
    const heardByB = vi.fn();
    const a = channel("tab-a", name, heardByA);
    channel("tab-b", name, heardByB);
    // Another channel object in tab A (e.g. a second store) must not treat A's own writes as remote.
    const sameTab = vi.fn();
    channel("tab-a", name, sameTab);

    a.announce(["step:1", "edge:2"]);
    await vi.waitFor(() => expect(heardByB).toHaveBeenCalledTimes(1));
    await quiet();

    expect(heardByB).toHaveBeenCalledWith(["step:1", "edge:2"]);
    expect(heardByA).not.toHaveBeenCalled();
    expect(sameTab).not.toHaveBeenCalled();
  });

  it("stays on its own channel name and ignores foreign or malformed messages", async () => {
    const name = `tabs-test-${++counter}`;
    const heard = vi.fn();
    channel("tab-b", name, heard);
    channel("tab-c", `${name}-other`, vi.fn()).announce(["step:elsewhere"]);

    const raw = new BroadcastChannel(name);
    channels.push(raw);
    raw.postMessage({ type: "deleted", tabId: "tab-x", ids: ["step:1"] });
    raw.postMessage({ type: "changed", tabId: "tab-x", ids: "step:1" });
    raw.postMessage({ type: "changed", ids: ["step:1"] });
    raw.postMessage("changed");
    raw.postMessage({ type: "changed", tabId: "tab-x", ids: ["step:ok"] });

    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    await quiet();
    expect(heard.mock.calls).toEqual([[["step:ok"]]]);
  });

  it("sends nothing after close and for empty announcements", async () => {
    const name = `tabs-test-${++counter}`;
    const heard = vi.fn();
    const a = channel("tab-a", name, vi.fn());
    channel("tab-b", name, heard);
    a.announce([]);
    a.close();
    a.close();
    a.announce(["step:late"]);
    await quiet();
    expect(heard).not.toHaveBeenCalled();
  });

  it("uses the app's channel name by default", async () => {
    const heard = vi.fn();
    const a = createTabChannel({ tabId: "tab-a", onRemoteChange: vi.fn() });
    channels.push(a);
    const raw = new BroadcastChannel(CHANNEL_NAME);
    channels.push(raw);
    raw.addEventListener("message", (event) => heard(event.data));
    a.announce(["journey:1"]);
    await vi.waitFor(() =>
      expect(heard).toHaveBeenCalledWith({ type: "changed", tabId: "tab-a", ids: ["journey:1"] }),
    );
    expect(CHANNEL_NAME).toBe("journey-mapper");
  });

  it("is a no-op where BroadcastChannel does not exist", () => {
    vi.stubGlobal("BroadcastChannel", undefined);
    const c = createTabChannel({ tabId: "tab-a", onRemoteChange: vi.fn() });
    expect(() => c.announce(["step:1"])).not.toThrow();
    expect(() => c.close()).not.toThrow();
  });
});
