/**
 * English strings of the tables: the CSV items of the Export menu, the separator choice, and
 * importing measurements into an indicator from a CSV file.
 */
export const tables = {
  commandExport: "Export a table as CSV",
  painpoints: "Pain points (CSV)",
  excerpts: "Excerpts (CSV)",
  steps: "Steps (CSV)",
  improvements: "Improvements (CSV)",
  measurements: "Measurements (CSV)",
  separator: "Separator in CSV tables",
  separatorSemicolon: "Semicolon (;) for Excel in Swedish or Finnish",
  separatorComma: "Comma (,) for Excel in English",
  measurementImport: {
    open: "Import measurements",
    openLabel: "Import measurements into {{name}}",
    title: "Import measurements into “{{name}}”",
    intro:
      "Choose a CSV file with one measurement per row: a date and a value. Dates such as 2024-03-15 or 15.3.2024 and decimal commas are read.",
    columns: "Columns",
    dateColumn: "Date column",
    valueColumn: "Value column",
    noteColumn: "Note column",
    chooseColumn: "Choose the column that holds the {{what}}.",
    date: "date",
    value: "value",
    sameColumn: "The date and the value must be in different columns.",
    readRows: "Check the rows",
    ready_one: "{{n}} measurement can be imported.",
    ready_other: "{{n}} measurements can be imported.",
    nothingReady: "No row can be imported yet.",
    import_one: "Import {{n}} measurement",
    import_other: "Import {{n}} measurements",
    imported_one: "Imported {{n}} measurement into “{{name}}”",
    imported_other: "Imported {{n}} measurements into “{{name}}”",
    errorsTitle: "Rows that cannot be read ({{n}})",
    issue: {
      emptyDate: "no date",
      badDate: "“{{value}}” is not a date",
      emptyValue: "no value",
      badNumber: "“{{value}}” is not a number",
    },
    undoHint: "You can undo the import with Ctrl+Z.",
  },
} as const;
