import type { CSSProperties, ReactNode } from "react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "@/i18n";
import type { FilePreview } from "@/io/import/preview";
import { DELIMITERS, type Delimiter, TEXT_ENCODINGS, type TextEncodingName } from "@/io/import/types";
import { DELIMITER_NAMES, issueText, type ListedIssue, MAX_LISTED_ISSUES } from "./kit";

/**
 * The fields every CSV import dialog shows (sources, measurements): encoding, delimiter and
 * header row, the first rows of the file, a column choice, and the list of rows that could not be read.
 * Presentational: props in, events out.
 */

export type EncodingChoice = TextEncodingName | "auto";
export type DelimiterChoice = Delimiter | "auto";

const CELL_STYLE: CSSProperties = {
  padding: "3px 8px",
  borderBottom: "1px solid var(--line)",
  textAlign: "left",
  verticalAlign: "top",
  maxWidth: "22rem",
  whiteSpace: "pre-wrap",
  overflowWrap: "anywhere",
};

/** The longest cell text shown in the preview; the whole text is in the cell's tooltip. */
const CELL_CHARS = 160;

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function EncodingSelect({
  id,
  value,
  detected,
  onChange,
  children,
}: {
  id: string;
  value: EncodingChoice;
  /** What detection found (an encoding name, or several joined). */
  detected: string;
  onChange: (encoding: EncodingChoice) => void;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const detectedName = detected
    .split(", ")
    .map((e) => (i18n.exists(`evidenceImport.encodingName.${e}`) ? t(`evidenceImport.encodingName.${e}`) : e))
    .join(", ");
  return (
    <div className="field">
      <label htmlFor={id}>{t("evidenceImport.encoding")}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as EncodingChoice)}>
        <option value="auto">
          {detectedName
            ? t("evidenceImport.encodingAuto", { detected: detectedName })
            : t("evidenceImport.automatic")}
        </option>
        {TEXT_ENCODINGS.map((e) => (
          <option key={e} value={e}>
            {t(`evidenceImport.encodingName.${e}`)}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}

function DelimiterSelect({
  id,
  value,
  detected,
  sepLine,
  onChange,
}: {
  id: string;
  value: DelimiterChoice;
  /** The delimiter the preview used (detected when `value` is "auto"). */
  detected: Delimiter;
  /** The file names its delimiter on an Excel `sep=` first line. */
  sepLine: boolean;
  onChange: (delimiter: DelimiterChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t("evidenceImport.delimiter")}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as DelimiterChoice)}>
        <option value="auto">
          {value === "auto"
            ? t("evidenceImport.delimiterAuto", {
                detected: t(`evidenceImport.delimiterName.${DELIMITER_NAMES[detected]}`),
              })
            : t("evidenceImport.automatic")}
        </option>
        {DELIMITERS.map((d) => (
          <option key={d} value={d}>
            {t(`evidenceImport.delimiterName.${DELIMITER_NAMES[d]}`)}
          </option>
        ))}
      </select>
      {sepLine && <p className="hint">{t("evidenceImport.sepLine")}</p>}
    </div>
  );
}

/** What every import dialog lets the user correct about how a file is read. */
export interface FileSettings {
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  /** null: as the preview guesses. */
  hasHeader: boolean | null;
}

/** Encoding, delimiter and header row of a file being imported, beside what detection found. */
export function FileSettingsFields({
  id,
  settings,
  preview,
  hasHeader,
  onChange,
}: {
  id: string;
  settings: FileSettings;
  preview: FilePreview;
  /** Whether the preview reads the first row as the header (the user's choice or the guess). */
  hasHeader: boolean;
  onChange: (change: Partial<FileSettings>) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <EncodingSelect
        id={`${id}-encoding`}
        value={settings.encoding}
        detected={preview.detected.encoding}
        onChange={(encoding) => onChange({ encoding })}
      >
        {settings.encoding === "auto" && preview.detected.confidence < 0.9 && (
          <p className="hint">{t("evidenceImport.encodingUnsure")}</p>
        )}
        {preview.replacementChars > 0 && (
          <p className="field-error">
            {t("evidenceImport.replacement", { count: preview.replacementChars })}
          </p>
        )}
      </EncodingSelect>
      <DelimiterSelect
        id={`${id}-delimiter`}
        value={settings.delimiter}
        detected={preview.delimiter}
        sepLine={preview.sepLine}
        onChange={(delimiter) => onChange({ delimiter })}
      />
      <label className="check wide">
        <input
          type="checkbox"
          checked={hasHeader}
          onChange={(e) => onChange({ hasHeader: e.target.checked })}
        />
        {t("evidenceImport.hasHeader")}
      </label>
    </>
  );
}

export function PreviewTable({ preview }: { preview: FilePreview }) {
  const { t } = useTranslation();
  const captionId = useId();
  if (preview.rows.length === 0 && preview.header.length === 0) {
    return <p className="hint">{t("evidenceImport.previewEmpty")}</p>;
  }
  return (
    <>
      <section
        aria-labelledby={captionId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
        tabIndex={0}
        style={{ overflow: "auto", maxHeight: "18rem", border: "1px solid var(--line)", borderRadius: 6 }}
      >
        <table style={{ borderCollapse: "collapse", fontSize: "0.85rem", width: "100%" }}>
          <caption id={captionId} style={{ textAlign: "left", fontWeight: 600, padding: "4px 8px" }}>
            {t("evidenceImport.previewCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={CELL_STYLE}>
                {t("evidenceImport.line")}
              </th>
              {preview.header.map((label, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are their position
                <th key={i} scope="col" style={CELL_STYLE}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.line}>
                <th scope="row" style={CELL_STYLE}>
                  {row.line}
                </th>
                {preview.header.map((_, i) => {
                  const cell = row.cells[i] ?? "";
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are their position
                    <td key={i} style={CELL_STYLE} title={cell.length > CELL_CHARS ? cell : undefined}>
                      {shorten(cell, CELL_CHARS)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {preview.rows.length === 0 && <p className="hint">{t("evidenceImport.previewEmpty")}</p>}
      {preview.truncated && <p className="hint">{t("evidenceImport.previewMore")}</p>}
      {preview.errors.length > 0 && (
        <p className="hint">{t("evidenceImport.previewIssues", { count: preview.errors.length })}</p>
      )}
    </>
  );
}

/** One column of the file for one field, or none; `problems` are shown under it, already in words. */
export function ColumnSelect({
  id,
  label,
  hint,
  value,
  header,
  problems,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: number | null;
  header: readonly string[];
  problems: readonly string[];
  onChange: (index: number | null) => void;
}) {
  const { t } = useTranslation();
  const described = [hint ? `${id}-hint` : null, ...problems.map((_, i) => `${id}-problem-${i}`)]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === null ? "" : String(value)}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
      >
        <option value="">{t("evidenceImport.noColumn")}</option>
        {header.map((column, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are their position; labels may repeat in the file
          <option key={i} value={String(i)}>
            {column}
          </option>
        ))}
      </select>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problems.map((problem, i) => (
        <p key={problem} className="field-error" id={`${id}-problem-${i}`}>
          {problem}
        </p>
      ))}
    </div>
  );
}

/**
 * Rows that could not be read (or were read with a caveat), by line and reason; the first
 * MAX_LISTED_ISSUES, then how many more. `ownKeys` words a dialog's own codes (see issueText).
 */
export function IssueList({
  title,
  issues,
  ownKeys,
}: {
  title?: string;
  issues: readonly ListedIssue[];
  ownKeys?: Parameters<typeof issueText>[2];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const shown = issues.slice(0, MAX_LISTED_ISSUES);
  const rest = issues.length - shown.length;
  return (
    <section className="import-problems" aria-labelledby={title ? headingId : undefined}>
      {title && <h3 id={headingId}>{title}</h3>}
      <ul>
        {shown.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list for this import
          <li key={i}>{issueText(issue, t, ownKeys)}</li>
        ))}
        {rest > 0 && <li>{t("evidenceImport.more", { count: rest, n: formatNumber(rest) })}</li>}
      </ul>
    </section>
  );
}

/** The import running off the main thread: a progress bar and, for a table, the rows read so far. */
export function ImportProgress({ fraction, rows }: { fraction: number; rows: number }) {
  const { t } = useTranslation();
  return (
    <div>
      <progress
        value={fraction}
        max={1}
        aria-label={t("evidenceImport.progress")}
        style={{ width: "100%" }}
      />
      <p role="status">{t("evidenceImport.importing")}</p>
      {rows > 0 && (
        <p className="hint">{t("evidenceImport.rowsRead", { count: rows, n: formatNumber(rows) })}</p>
      )}
    </div>
  );
}
