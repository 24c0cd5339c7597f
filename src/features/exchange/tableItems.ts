import { useTranslation } from "react-i18next";
import type { CsvDelimiter } from "@/io/csv-writer";
import type { TableName } from "@/io/tables-csv";
import { excerptJourneys, isExcerpt, isSource } from "@/model/evidence";
import type { AnyRecord, Records, TypeName } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { setCsvDelimiter, useCsvDelimiter } from "./csv-delimiter";
import { downloadFile } from "./download";
import type { ExportMenuItem } from "./ExportMenu";

const TABLE_NAMES: readonly TableName[] = ["painpoints", "excerpts", "steps", "improvements", "measurements"];

/** The table each type of record is a row of. */
const TABLE_OF: Partial<Record<TypeName, TableName>> = {
  painpoint: "painpoints",
  excerpt: "excerpts",
  step: "steps",
  improvement: "improvements",
  // An indicator without measurements still has its row.
  indicator: "measurements",
};

/** Whether a record is in a table's scope as the tables count it: the journey's, or any when there is none. */
function inScope(record: AnyRecord, records: Records, journeyId: string | undefined): boolean {
  if (isExcerpt(record))
    return (
      isSource(records[record.sourceId]) &&
      (!journeyId || excerptJourneys(records, record).includes(journeyId))
    );
  return !journeyId || ("journeyId" in record && record.journeyId === journeyId);
}

let last: { records: Records; journeyId: string | undefined; filled: string } | undefined;

/**
 * The tables that would have a row, as a space-separated list (so the store selector can compare
 * it): one walk that stops once each has one, kept until the records change, since the selector
 * runs on every change to the store while the menu is open.
 */
function tablesWithRows(records: Records, journeyId: string | undefined): string {
  if (last?.records === records && last.journeyId === journeyId) return last.filled;
  const missing = new Set(TABLE_NAMES);
  for (const id in records) {
    const record = records[id]!;
    const table = TABLE_OF[record.typeName];
    if (table && missing.has(table) && inScope(record, records, journeyId)) {
      missing.delete(table);
      if (missing.size === 0) break;
    }
  }
  const filled = TABLE_NAMES.filter((table) => !missing.has(table)).join(" ");
  last = { records, journeyId, filled };
  return filled;
}

/**
 * The Export menu's tables, each a CSV download: of the open journey (on its map, its
 * improvements or its dashboard), of the whole workspace elsewhere. A table with no rows is
 * disabled and says why. Then the separator they are written with, as two radio items; the
 * choice is remembered. The workspace is only looked at while the menu is `open`.
 */
export function useTableItems(open: boolean): { tables: ExportMenuItem[]; separators: ExportMenuItem[] } {
  const { t } = useTranslation();
  const delimiter = useCsvDelimiter();
  // As "table.export" does: a journey that is not there means the workspace.
  const journeyId = useStore((s) =>
    "journeyId" in s.route && s.records[s.route.journeyId]?.typeName === "journey"
      ? s.route.journeyId
      : undefined,
  );
  const filled = useStore((s) => (open ? tablesWithRows(s.records, journeyId) : "")).split(" ");
  const tables = TABLE_NAMES.map(
    (table): ExportMenuItem => ({
      id: `table-${table}`,
      label: t(`tables.${table}`),
      onSelect: () => void runCommand("table.export", { table, journeyId, delimiter, save: downloadFile }),
      ...(filled.includes(table)
        ? {}
        : {
            disabled: true,
            reason: t(journeyId ? `exportReasons.tableInJourney.${table}` : `exportReasons.table.${table}`),
          }),
    }),
  );
  const separator = (value: CsvDelimiter, label: string): ExportMenuItem => ({
    id: `separator-${value === ";" ? "semicolon" : "comma"}`,
    label,
    checked: delimiter === value,
    onSelect: () => setCsvDelimiter(value),
  });
  return {
    tables,
    separators: [separator(";", t("tables.separatorSemicolon")), separator(",", t("tables.separatorComma"))],
  };
}
