import type { TFunction } from "i18next";
import { formatDay, localeOf } from "@/i18n";
import { indicatorChange, latest, sortMeasurements, targetMet } from "@/model/improvements";
import type { IndicatorRecord } from "@/model/types";

/** Numbers, units and the sentences that say how an indicator moved, in words. */

const MINUS = "\u2212";

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(localeOf(lang), options);
  } catch {
    return new Intl.NumberFormat("en", options);
  }
}

/** A value as people read it: at most two decimals, a real minus sign. */
export function formatNumber(value: number, lang: string): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value).replace("-", MINUS);
}

/** "25 minutes", "36 %", or the bare number when the indicator has no unit. */
export function withUnit(text: string, unit: string): string {
  const u = unit.trim();
  return u === "" ? text : `${text} ${u}`;
}

export function formatValue(value: number, unit: string, lang: string): string {
  return withUnit(formatNumber(value, lang), unit);
}

/** "−86 %", "+29 %", "+4.5 %": one decimal below ten, none above. */
export function formatPercent(percent: number, lang: string): string {
  const digits = Math.abs(percent) < 10 ? 1 : 0;
  const text = numberFormat(lang, { maximumFractionDigits: digits, signDisplay: "exceptZero" }).format(
    percent,
  );
  return `${text.replace("-", MINUS)} %`;
}

/** The name without a trailing "(unit)" when the unit is said anyway: "Trust in the agency (%)" → "Trust in the agency". */
export function shortName(indicator: Pick<IndicatorRecord, "name" | "unit">): string {
  const match = /^(.*\S)\s*\(([^()]*)\)$/.exec(indicator.name.trim());
  if (
    match &&
    indicator.unit.trim() !== "" &&
    match[2]!.trim().toLowerCase() === indicator.unit.trim().toLowerCase()
  )
    return match[1]!;
  return indicator.name.trim() || "—";
}

/**
 * The before/after change in words: "Waiting time for the first meeting fell from 180 to 25
 * minutes (−86 %): better". Only the second value carries the unit, as people say it.
 */
export function changeSentence(t: TFunction, lang: string, indicator: IndicatorRecord): string {
  const name = shortName(indicator);
  const change = indicatorChange(indicator);
  if (!change) {
    const only = latest(indicator);
    return only
      ? t("improvements.change.onlyBaseline", {
          name,
          value: formatValue(only.value, indicator.unit, lang),
          date: formatDay(only.date),
        })
      : t("improvements.change.noData", { name });
  }
  if (change.change === 0 || change.direction === "unchanged") {
    return t("improvements.change.stayed", {
      name,
      value: formatValue(change.latest.value, indicator.unit, lang),
    });
  }
  const values = {
    name,
    verb: t(change.change < 0 ? "improvements.change.fell" : "improvements.change.rose"),
    from: formatNumber(change.baseline.value, lang),
    to: formatValue(change.latest.value, indicator.unit, lang),
    direction: t(`improvements.change.direction.${change.direction}`),
  };
  return change.percent === null
    ? t("improvements.change.sentenceNoPercent", values)
    : t("improvements.change.sentence", { ...values, percent: formatPercent(change.percent, lang) });
}

/** "Target 30 minutes: met." or null without a target or a measurement. */
export function targetSentence(t: TFunction, lang: string, indicator: IndicatorRecord): string | null {
  const met = targetMet(indicator);
  if (met === null || indicator.target === null) return null;
  return t("improvements.change.target", {
    target: formatValue(indicator.target, indicator.unit, lang),
    state: t(met ? "improvements.change.targetMet" : "improvements.change.targetNotMet"),
  });
}

/** One sentence for the chart's accessible name: what is measured, over which dates, and how it moved. */
export function chartSummary(t: TFunction, lang: string, indicator: IndicatorRecord): string {
  const list = sortMeasurements(indicator.measurements);
  const name = indicator.name.trim() || "—";
  if (list.length === 0) return t("improvements.chart.summaryNone", { name });
  if (list.length === 1)
    return t("improvements.chart.summaryOne", {
      name,
      value: formatValue(list[0]!.value, indicator.unit, lang),
      date: formatDay(list[0]!.date),
    });
  const target = targetSentence(t, lang, indicator);
  const change = changeSentence(t, lang, indicator);
  return t("improvements.chart.summary", {
    name,
    count: list.length,
    first: formatDay(list[0]!.date),
    last: formatDay(list.at(-1)!.date),
    change: `${change}.${target ? ` ${target}` : ""}`,
  });
}

/** A yyyy-mm-dd date as seconds at local midnight, so the chart's date labels show that same day. */
export function dateToSeconds(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1).getTime() / 1000;
}
