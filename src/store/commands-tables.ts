import { t } from "@/i18n";
import { CSV_MIME_TYPE, type CsvDelimiter } from "@/io/csv-writer";
import type { TableName } from "@/io/tables-csv";
import type { JourneyId } from "@/model/ids";
import { type CommandDefinition, notify, state } from "./command-kit";
import type { ExportedFile } from "./commands-exchange";
import { now } from "./document";

/** Commands for the tables of the Export menu: pain points, excerpts, steps, improvements, measurements as CSV. */

export interface TableExportArgs {
  table: TableName;
  /** Only this journey's rows; the whole workspace when absent. */
  journeyId?: JourneyId;
  /** ";" (default: what Excel in a Nordic locale reads) or ",". */
  delimiter?: CsvDelimiter;
  /** Receives the file, e.g. to download it. */
  save?: (file: ExportedFile) => void;
}

export const tableCommands = {
  "table.export": {
    labelKey: "tables.commandExport",
    /** The writers are loaded when first used: most sessions never export a table. */
    async run(args: TableExportArgs): Promise<ExportedFile> {
      const { TABLES, tableFileName } = await import("@/io/tables-csv");
      const { records } = state();
      const journeyId =
        args.journeyId && records[args.journeyId]?.typeName === "journey" ? args.journeyId : undefined;
      const file: ExportedFile = {
        fileName: tableFileName(records, args.table, journeyId, now()),
        mimeType: CSV_MIME_TYPE,
        text: TABLES[args.table](records, { delimiter: args.delimiter ?? ";", journeyId }),
      };
      if (args.save) {
        args.save(file);
        notify(t("exchange.exported", { fileName: file.fileName }));
      }
      return file;
    },
  },
} satisfies Record<string, CommandDefinition>;
