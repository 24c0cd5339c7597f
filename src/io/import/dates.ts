/**
 * Dates from the date column to the model's yyyy-mm-dd. Accepted, each optionally followed by a
 * time (after a space or `T`, e.g. "klo 10.15" or "T10:15:00Z"; the time is dropped, the date
 * is taken as written, with no time-zone shift):
 * - ISO and yyyy-mm-dd (also yyyy/mm/dd, yyyy.mm.dd and yyyymmdd);
 * - d.m.yyyy, Finnish and German (also d.m.yy, read as 20yy, or 19yy from 70 up);
 * - dd/mm/yyyy and dd-mm-yyyy, day first as in Europe. When day first is impossible and month
 *   first is not (3/14/2024), it is read month first with a "us-date" warning.
 * Anything else, and impossible dates (31.2.2024), give an empty date and a "bad-date" warning.
 */

export interface ParsedDate {
  /** yyyy-mm-dd, or "" when the text is empty or could not be read. */
  date: string;
  warning?: "bad-date" | "us-date";
}

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DMY_DOTS = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?(?:\s.*)?$/;
const DMY_SLASH = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?:[T\s,].*)?$/;

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n >= 70 ? 1900 + n : 2000 + n;
}

function valid(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseDate(raw: string): ParsedDate {
  const text = raw.trim();
  if (text === "") return { date: "" };
  const ymd = YMD.exec(text) ?? COMPACT.exec(text);
  if (ymd) {
    const [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    return valid(y, m, d) ? { date: iso(y, m, d) } : { date: "", warning: "bad-date" };
  }
  const dots = DMY_DOTS.exec(text);
  if (dots) {
    const [d, m, y] = [Number(dots[1]), Number(dots[2]), fullYear(dots[3]!)];
    return valid(y, m, d) ? { date: iso(y, m, d) } : { date: "", warning: "bad-date" };
  }
  const slash = DMY_SLASH.exec(text);
  if (slash) {
    const [a, b, y] = [Number(slash[1]), Number(slash[2]), fullYear(slash[3]!)];
    if (valid(y, b, a)) return { date: iso(y, b, a) };
    if (valid(y, a, b)) return { date: iso(y, a, b), warning: "us-date" };
  }
  return { date: "", warning: "bad-date" };
}
