import { ViewportPortal } from "@xyflow/react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import type { JourneyId } from "@/model/ids";
import { type BandLayout, STEP_WIDTH, stepPosition } from "@/model/layout";
import { customerEmotion, staffEmotion } from "@/model/painpoints";
import { getJourney } from "@/model/records";
import type { JourneyRecord, PainPointRecord, StepRecord } from "@/model/types";
import { journeyLayout, journeyParts } from "@/store/canvas";
import { useStore } from "@/store/store";

/** Height of the curve band under the lanes, in canvas units. */
export const CURVE_GAP = 24;
export const CURVE_HEIGHT = 180;

export interface CurvePoint {
  x: number;
  customer: number;
  staff: number;
}

/**
 * One point per column of steps, left to right. Steps whose centres fall in the same column
 * (within half a step's width) are lanes stacked above each other; the column shows its
 * strongest feeling (the worse one on a tie), so a thundercloud is not averaged away.
 */
export function curvePoints(
  layout: BandLayout,
  steps: readonly StepRecord[],
  pains: readonly PainPointRecord[],
): CurvePoint[] {
  const placed = steps
    .map((step) => ({ step, at: stepPosition(layout, step) }))
    .filter((p): p is { step: StepRecord; at: { x: number; y: number } } => p.at !== undefined)
    .sort((a, b) => a.at.x - b.at.x);
  const columns: { x: number; customer: number[]; staff: number[] }[] = [];
  for (const { step, at } of placed) {
    const centre = at.x + STEP_WIDTH / 2;
    const last = columns.at(-1);
    const target = last && centre - last.x < STEP_WIDTH / 2 ? last : undefined;
    const column = target ?? { x: centre, customer: [], staff: [] };
    column.customer.push(customerEmotion(step, pains));
    column.staff.push(staffEmotion(step, pains));
    if (!target) columns.push(column);
  }
  const strongest = (values: number[]) =>
    values.reduce((a, b) => (Math.abs(b) > Math.abs(a) || (Math.abs(b) === Math.abs(a) && b < a) ? b : a));
  return columns.map((c) => ({ x: c.x, customer: strongest(c.customer), staff: strongest(c.staff) }));
}

const curveCache = new WeakMap<
  JourneyRecord,
  { steps: readonly StepRecord[]; pains: readonly PainPointRecord[]; points: CurvePoint[] }
>();

function useCurve(journeyId: JourneyId) {
  return useStore(
    useShallow((s) => {
      const journey = getJourney(s.records, journeyId);
      if (!journey) return null;
      const { steps, pains } = journeyParts(s.records, journeyId);
      const layout = journeyLayout(s.records, journey);
      const cached = curveCache.get(journey);
      if (cached && cached.steps === steps && cached.pains === pains)
        return { layout, points: cached.points };
      const points = curvePoints(layout, steps, pains);
      curveCache.set(journey, { steps, pains, points });
      return { layout, points };
    }),
  );
}

/** The customer's and the staff's feeling per step, drawn under the lanes. */
export const EmotionCurve = memo(function EmotionCurve({ journeyId }: { journeyId: JourneyId }) {
  const { t } = useTranslation();
  const curve = useCurve(journeyId);
  if (!curve || curve.points.length === 0) return null;
  const { layout, points } = curve;
  const top = layout.height + CURVE_GAP;
  const left = layout.stages[0]?.x ?? 0;
  const width = layout.width - left;
  const yOf = (value: number) => CURVE_HEIGHT / 2 - (value / 2) * (CURVE_HEIGHT / 2 - 16);
  const path = (key: "customer" | "staff") =>
    points
      .map((p, i) => `${i === 0 ? "M" : "L"}${(p.x - left).toFixed(1)},${yOf(p[key]).toFixed(1)}`)
      .join(" ");
  return (
    <ViewportPortal>
      <svg
        className="emotion-curve"
        width={width}
        height={CURVE_HEIGHT}
        style={{ transform: `translate(${left}px, ${top}px)` }}
        role="img"
        aria-label={t("pains.curveTitle")}
      >
        {[-2, -1, 0, 1, 2].map((v) => (
          <line
            key={v}
            x1={0}
            x2={width}
            y1={yOf(v)}
            y2={yOf(v)}
            className={v === 0 ? "curve-zero" : "curve-grid"}
          />
        ))}
        <path d={path("staff")} className="curve-staff" />
        <path d={path("customer")} className="curve-customer" />
        {points.map((p) => (
          <g key={p.x}>
            <circle cx={p.x - left} cy={yOf(p.staff)} r={5} className="curve-staff-point" />
            <rect
              x={p.x - left - 5}
              y={yOf(p.customer) - 5}
              width={10}
              height={10}
              className="curve-customer-point"
            />
          </g>
        ))}
      </svg>
    </ViewportPortal>
  );
});
