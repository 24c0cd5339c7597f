import { describe, expect, it } from "vitest";
import {
  afterEdit,
  afterExport,
  backupReminderDue,
  NO_BACKUP,
  REMIND_AFTER_MS,
  readBackupState,
  snooze,
} from "./backup";

const start = "2026-11-01T09:00:00.000Z";
const later = (ms: number) => new Date(Date.parse(start) + ms);

describe("backup reminder", () => {
  it("is not due while nothing was edited, however long ago the last export", () => {
    expect(backupReminderDue(NO_BACKUP, later(365 * 86_400_000))).toBe(false);
    const exported = afterExport(NO_BACKUP, start);
    expect(backupReminderDue(exported, later(30 * 86_400_000))).toBe(false);
  });

  it("is due a week after the first edit that is in no file", () => {
    const edited = afterEdit(NO_BACKUP, start);
    expect(backupReminderDue(edited, later(REMIND_AFTER_MS - 1))).toBe(false);
    expect(backupReminderDue(edited, later(REMIND_AFTER_MS))).toBe(true);
  });

  it("counts from the first unbacked edit, not the latest", () => {
    const edited = afterEdit(afterEdit(NO_BACKUP, start), later(6 * 86_400_000).toISOString());
    expect(edited.unbackedSince).toBe(start);
    expect(backupReminderDue(edited, later(REMIND_AFTER_MS))).toBe(true);
  });

  it("goes away with an export and starts again with the next edit", () => {
    const exported = afterExport(afterEdit(NO_BACKUP, start), later(REMIND_AFTER_MS).toISOString());
    expect(backupReminderDue(exported, later(REMIND_AFTER_MS + 1))).toBe(false);
    const next = afterEdit(exported, later(REMIND_AFTER_MS + 1000).toISOString());
    expect(backupReminderDue(next, later(2 * REMIND_AFTER_MS))).toBe(false);
    expect(backupReminderDue(next, later(2 * REMIND_AFTER_MS + 1000))).toBe(true);
  });

  it("stays quiet for a day after 'Remind me tomorrow'", () => {
    const due = afterEdit(NO_BACKUP, start);
    const snoozed = snooze(due, later(REMIND_AFTER_MS).toISOString());
    expect(backupReminderDue(snoozed, later(REMIND_AFTER_MS + 23 * 3_600_000))).toBe(false);
    expect(backupReminderDue(snoozed, later(REMIND_AFTER_MS + 24 * 3_600_000))).toBe(true);
  });

  it("reads what storage held, and anything unreadable as no backup", () => {
    const state = snooze(afterEdit(NO_BACKUP, start), start);
    expect(readBackupState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(readBackupState(undefined)).toEqual(NO_BACKUP);
    expect(readBackupState("x")).toEqual(NO_BACKUP);
    expect(readBackupState({ unbackedSince: "not a date", lastExportAt: 3 })).toEqual(NO_BACKUP);
  });
});
