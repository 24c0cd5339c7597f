import type { RegisterSWOptions } from "virtual:pwa-register";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setLanguage } from "@/i18n";
import { startServiceWorker } from "./offline";
import { UpdateNotice } from "./UpdateNotice";

const registration = vi.hoisted(() => ({
  options: undefined as RegisterSWOptions | undefined,
  activate: vi.fn(async () => {}),
}));

vi.mock("virtual:pwa-register", () => ({
  registerSW: (options: RegisterSWOptions) => {
    registration.options = options;
    return registration.activate;
  },
}));

describe("the update notice", () => {
  const reload = vi.fn();
  beforeAll(() => {
    Object.defineProperty(navigator, "serviceWorker", {
      configurable: true,
      value: { getRegistration: async () => ({ waiting: {} }) },
    });
    vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, reload });
    startServiceWorker();
  });
  afterAll(() => {
    Reflect.deleteProperty(navigator, "serviceWorker");
    vi.restoreAllMocks();
    setLanguage("en");
  });

  it("waits for the user: a new version shows a notice, and only Reload lets it take over", async () => {
    const user = userEvent.setup();
    render(<UpdateNotice />);
    expect(screen.queryByRole("status")).toBeNull();

    act(() => registration.options!.onNeedRefresh!());
    expect(screen.getByRole("status")).toHaveTextContent("A new version of Journey Mapper is ready.");
    await user.click(screen.getByRole("button", { name: "Later" }));
    expect(screen.queryByRole("status")).toBeNull();
    expect(registration.activate).not.toHaveBeenCalled();

    // Another tab chose Reload and the new version took over here: this tab is not reloaded.
    act(() => registration.options!.onNeedReload!());
    expect(reload).not.toHaveBeenCalled();
    act(() => setLanguage("sv"));
    expect(screen.getByRole("status")).toHaveTextContent(
      "En ny version av Journey Mapper är klar att använda.",
    );

    await user.click(screen.getByRole("button", { name: "Ladda om" }));
    expect(registration.activate).toHaveBeenCalledTimes(1);
    // The waiting version has taken over because this tab asked: now it reloads.
    act(() => registration.options!.onNeedReload!());
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
