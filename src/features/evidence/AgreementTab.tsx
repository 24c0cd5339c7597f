import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "@/i18n";
import { type CodeAgreement, codersOfSource, sourceAgreement, sourcesWithTwoCoders } from "@/model/agreement";
import { isCode, isSource } from "@/model/evidence";
import type { SourceId } from "@/model/ids";
import { builtinNames } from "@/store/evidence";
import { useStore } from "@/store/store";
import { CodeChip } from "./CodeChip";

/**
 * Agreement between two coders on one source, per code: the 2×2 table, percent agreement and
 * Cohen's kappa, with the unit of analysis stated (one character of the text).
 */
export function AgreementTab() {
  const { t, i18n } = useTranslation();
  const records = useStore((s) => s.records);
  const id = useId();
  const candidates = useMemo(
    () =>
      sourcesWithTwoCoders(records)
        .map((sid) => records[sid])
        .filter(isSource)
        .sort((a, b) => a.title.localeCompare(b.title, i18n.language)),
    [records, i18n.language],
  );
  const [chosen, setChosen] = useState<SourceId | "">("");
  const sourceId = candidates.some((s) => s.id === chosen) ? chosen : (candidates[0]?.id ?? "");
  const coders = useMemo(
    () => (sourceId ? codersOfSource(records, sourceId, i18n.language) : []),
    [records, sourceId, i18n.language],
  );
  const [pick, setPick] = useState<{ a: string; b: string }>({ a: "", b: "" });
  const a = coders.includes(pick.a) ? pick.a : (coders[0] ?? "");
  const b = coders.includes(pick.b) && pick.b !== a ? pick.b : (coders.find((c) => c !== a) ?? "");
  const result = useMemo(
    () => (sourceId && a && b ? sourceAgreement(records, sourceId, a, b) : null),
    [records, sourceId, a, b],
  );

  if (candidates.length === 0) {
    return (
      <div className="agreement">
        <p className="evidence-empty">{t("evidence.agreementNone")}</p>
      </div>
    );
  }

  const percent = (n: number) => formatNumber(n, { style: "percent", maximumFractionDigits: 1 });
  const decimal = (n: number) => formatNumber(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const names = builtinNames();
  const codeName = (row: CodeAgreement) => {
    const code = records[row.codeId];
    if (isCode(code)) return { name: code.name, colour: code.colour };
    const kind = row.codeId.slice("code:".length) as keyof typeof names;
    return { name: names[kind] ?? t("evidence.deletedCode"), colour: "#6b7785" };
  };

  return (
    <div className="agreement">
      <div className="agreement-controls">
        <div className="evidence-field">
          <label htmlFor={`${id}-source`}>{t("evidence.agreementSource")}</label>
          <select
            id={`${id}-source`}
            value={sourceId}
            onChange={(e) => setChosen(e.target.value as SourceId)}
          >
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title || t("evidence.untitled")}
              </option>
            ))}
          </select>
        </div>
        <div className="evidence-field">
          <label htmlFor={`${id}-a`}>{t("evidence.coderA")}</label>
          <select id={`${id}-a`} value={a} onChange={(e) => setPick({ a: e.target.value, b })}>
            {coders.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="evidence-field">
          <label htmlFor={`${id}-b`}>{t("evidence.coderB")}</label>
          <select id={`${id}-b`} value={b} onChange={(e) => setPick({ a, b: e.target.value })}>
            {coders
              .filter((c) => c !== a)
              .map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
          </select>
        </div>
      </div>
      {result && (
        <table className="agreement-table">
          <caption>
            {t("evidence.agreementCaption", { a: result.coderA, b: result.coderB })}
            <span className="agreement-unit">
              {t("evidence.agreementUnit", { count: result.units, units: formatNumber(result.units) })}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("evidence.code")}</th>
              <th scope="col">{t("evidence.both")}</th>
              <th scope="col">{t("evidence.onlyCoder", { coder: result.coderA })}</th>
              <th scope="col">{t("evidence.onlyCoder", { coder: result.coderB })}</th>
              <th scope="col">{t("evidence.neither")}</th>
              <th scope="col">{t("evidence.percentAgreement")}</th>
              <th scope="col">{t("evidence.kappa")}</th>
            </tr>
          </thead>
          <tbody>
            {result.codes.map((row) => {
              const { name, colour } = codeName(row);
              return (
                <tr key={row.codeId}>
                  <th scope="row">
                    <CodeChip name={name} colour={colour} />
                  </th>
                  <td>{formatNumber(row.table.both)}</td>
                  <td>{formatNumber(row.table.onlyA)}</td>
                  <td>{formatNumber(row.table.onlyB)}</td>
                  <td>{formatNumber(row.table.neither)}</td>
                  <td>{row.po === null ? t("evidence.na") : percent(row.po)}</td>
                  <td>
                    {row.kappa === null ? (
                      <>
                        {t("evidence.na")}{" "}
                        <span className="hint">
                          {t(`evidence.kappaReason.${row.reason ?? "noVariation"}`)}
                        </span>
                      </>
                    ) : (
                      decimal(row.kappa)
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="hint">{t("evidence.kappaHelp")}</p>
    </div>
  );
}
