import { ViewportPortal } from "@xyflow/react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { CURVE_GAP, CURVE_HEIGHT, type CurvePoint, curvePoints, curveY } from "@/model/curve";
import type { JourneyId } from "@/model/ids";
import { getJourney } from "@/model/records";
import type { JourneyRecord, PainPointRecord, StepRecord } from "@/model/types";
import { journeyLayout, journeyParts } from "@/store/canvas";
import { useStore } from "@/store/store";

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
  const yOf = curveY;
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
