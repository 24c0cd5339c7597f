/**
 * The workspace's only copy is this browser's storage. After a week of work that is in no
 * exported workspace file, the app reminds the user to export one. Times are ISO 8601 strings.
 */

export interface BackupState {
  /** When the whole workspace was last exported as a workspace file. */
  lastExportAt: string | null;
  /** The first edit that is in no exported file; null while everything is in one. */
  unbackedSince: string | null;
  /** "Remind me tomorrow": no reminder before this time. */
  snoozedUntil: string | null;
}

export const NO_BACKUP: BackupState = { lastExportAt: null, unbackedSince: null, snoozedUntil: null };

const DAY_MS = 24 * 60 * 60 * 1000;
/** A week of work outside any backup file. */
export const REMIND_AFTER_MS = 7 * DAY_MS;
export const SNOOZE_MS = DAY_MS;

export function backupReminderDue(state: BackupState, now: Date): boolean {
  if (state.unbackedSince === null) return false;
  if (state.snoozedUntil !== null && now.getTime() < Date.parse(state.snoozedUntil)) return false;
  return now.getTime() - Date.parse(state.unbackedSince) >= REMIND_AFTER_MS;
}

/** An edit: work from now on is outside the last backup, unless earlier work already was. */
export function afterEdit(state: BackupState, at: string): BackupState {
  return state.unbackedSince === null ? { ...state, unbackedSince: at } : state;
}

/** The whole workspace went into a file: everything up to now is backed up. */
export function afterExport(_state: BackupState, at: string): BackupState {
  return { lastExportAt: at, unbackedSince: null, snoozedUntil: null };
}

export function snooze(state: BackupState, at: string): BackupState {
  return { ...state, snoozedUntil: new Date(Date.parse(at) + SNOOZE_MS).toISOString() };
}

const isTime = (value: unknown): value is string =>
  typeof value === "string" && !Number.isNaN(Date.parse(value));

/** What storage held, or no backup when it held nothing readable: the reminder then starts afresh. */
export function readBackupState(value: unknown): BackupState {
  if (typeof value !== "object" || value === null) return NO_BACKUP;
  const v = value as Record<string, unknown>;
  return {
    lastExportAt: isTime(v.lastExportAt) ? v.lastExportAt : null,
    unbackedSince: isTime(v.unbackedSince) ? v.unbackedSince : null,
    snoozedUntil: isTime(v.snoozedUntil) ? v.snoozedUntil : null,
  };
}
