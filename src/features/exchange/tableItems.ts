import { useTranslation } from "react-i18next";
import type { CsvDelimiter } from "@/io/csv-writer";
import type { TableName } from "@/io/tables-csv";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { setCsvDelimiter, useCsvDelimiter } from "./csv-delimiter";
import { downloadFile } from "./download";
import type { ExportMenuItem } from "./ExportMenu";

const TABLE_NAMES: readonly TableName[] = ["painpoints", "excerpts", "steps", "improvements", "measurements"];

/**
 * The Export menu's tables, each a CSV download: of the open journey (on its map, its
 * improvements or its dashboard), of the whole workspace elsewhere. Then the separator they
 * are written with, as two radio items; the choice is remembered.
 */
export function useTableItems(): { tables: ExportMenuItem[]; separators: ExportMenuItem[] } {
  const { t } = useTranslation();
  const delimiter = useCsvDelimiter();
  const journeyId = useStore((s) => ("journeyId" in s.route ? s.route.journeyId : undefined));
  const tables = TABLE_NAMES.map((table) => ({
    id: `table-${table}`,
    label: t(`tables.${table}`),
    onSelect: () => void runCommand("table.export", { table, journeyId, delimiter, save: downloadFile }),
  }));
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
