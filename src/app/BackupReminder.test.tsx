import { journeyWith } from "@test/factories";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterEdit, backupReminderDue, NO_BACKUP, REMIND_AFTER_MS } from "@/model/backup";
import { commit } from "@/store/document";
import { resetStore, useStore } from "@/store/store";
import { BackupReminder } from "./BackupReminder";

const weekAgo = () => new Date(Date.now() - REMIND_AFTER_MS - 60_000).toISOString();

describe("the backup reminder", () => {
  beforeEach(() => {
    resetStore();
    const { journey, steps } = journeyWith(2);
    commit({ put: [journey, ...steps] });
    URL.createObjectURL = vi.fn(() => "blob:backup");
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it("stays away while the work is younger than a week", () => {
    useStore.setState({ loaded: true, backup: afterEdit(NO_BACKUP, new Date().toISOString()) });
    render(<BackupReminder />);
    expect(screen.queryByRole("status", { name: "Backup reminder" })).toBeNull();
  });

  it("offers an export after a week of work, and the export of the whole workspace ends it", async () => {
    const user = userEvent.setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    useStore.setState({ loaded: true, backup: afterEdit(NO_BACKUP, weekAgo()) });
    render(<BackupReminder />);
    const reminder = screen.getByRole("status", { name: "Backup reminder" });
    expect(reminder).toHaveTextContent(/is only in this browser/);
    await user.click(screen.getByRole("button", { name: "Export backup" }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(useStore.getState().backup.unbackedSince).toBeNull();
    expect(useStore.getState().backup.lastExportAt).not.toBeNull();
    expect(screen.queryByRole("status", { name: "Backup reminder" })).toBeNull();
  });

  it("'Remind me tomorrow' hides it for a day", async () => {
    const user = userEvent.setup();
    useStore.setState({ loaded: true, backup: afterEdit(NO_BACKUP, weekAgo()) });
    render(<BackupReminder />);
    await user.click(screen.getByRole("button", { name: "Remind me tomorrow" }));
    expect(screen.queryByRole("status", { name: "Backup reminder" })).toBeNull();
    const { backup } = useStore.getState();
    expect(backupReminderDue(backup, new Date(Date.now() + 23 * 3_600_000))).toBe(false);
    expect(backupReminderDue(backup, new Date(Date.now() + 25 * 3_600_000))).toBe(true);
  });
});
