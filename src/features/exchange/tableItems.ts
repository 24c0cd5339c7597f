import { useTranslation } from "react-i18next";
import type { CsvDelimiter } from "@/io/csv-writer";
import type { TableName } from "@/io/tables-csv";
import { excerptJourneys, isExcerpt, isSource } from "@/model/evidence";
import { isImprovement, isIndicator } from "@/model/improvements";
import { isPain, isStep } from "@/model/records";
import type { AnyRecord, Records } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { setCsvDelimiter, useCsvDelimiter } from "./csv-delimiter";
import { downloadFile } from "./download";
import type { ExportMenuItem } from "./ExportMenu";

const TABLE_NAMES: readonly TableName[] = ["painpoints", "excerpts", "steps", "improvements", "measurements"];

/** Whether a record is a row of each table, in the given journey (in any journey when absent), as the tables count them. */
const IS_ROW: Record<TableName, (record: AnyRecord, records: Records, journeyId?: string) => boolean> = {
  painpoints: (r, _, journeyId) => isPain(r) && (!journeyId || r.journeyId === journeyId),
  excerpts: (r, records, journeyId) =>
    isExcerpt(r) &&
    isSource(records[r.sourceId]) &&
    (!journeyId || excerptJourneys(records, r).includes(journeyId)),
  steps: (r, _, journeyId) => isStep(r) && (!journeyId || r.journeyId === journeyId),
  improvements: (r, _, journeyId) => isImprovement(r) && (!journeyId || r.journeyId === journeyId),
  // An indicator without measurements still has its row.
  measurements: (r, _, journeyId) => isIndicator(r) && (!journeyId || r.journeyId === journeyId),
};

/** The tables that would have a row, as a space-separated list (so the store selector can compare it); one walk that stops once each has one. */
function tablesWithRows(records: Records, journeyId: string | undefined): string {
  const missing = new Set(TABLE_NAMES);
  for (const id in records) {
    const record = records[id]!;
    for (const table of missing) if (IS_ROW[table](record, records, journeyId)) missing.delete(table);
    if (missing.size === 0) break;
  }
  return TABLE_NAMES.filter((table) => !missing.has(table)).join(" ");
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
