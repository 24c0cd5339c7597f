import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { BusyNotice } from "./NoticeBar";

describe("BusyNotice", () => {
  it("says what is under way as a status, offers Cancel, and stays until it is taken away", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const onCancel = vi.fn();
      render(<BusyNotice message="Tidying up…" cancelLabel="Cancel" onCancel={onCancel} />);
      expect(screen.getByRole("status")).toHaveTextContent("Tidying up…");
      // Unlike an ordinary notice, it does not hide itself after a while.
      act(() => vi.advanceTimersByTime(60_000));
      expect(screen.getByRole("status")).toBeInTheDocument();
      await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
      expect(onCancel).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
