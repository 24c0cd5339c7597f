import type { JourneyId } from "@/model/ids";
import { getJourney, isStep } from "@/model/records";
import type { JourneyRecord, StepRecord } from "@/model/types";
import { type AppState, useStore } from "./store";

/** What every command module shares: the command shape and small readers of the current state. */

export interface CommandDefinition {
  labelKey: string;
  keys?: readonly string[];
  // biome-ignore lint/suspicious/noExplicitAny: each command declares its own argument types
  run: (...args: any[]) => unknown;
}

export function state(): AppState {
  return useStore.getState();
}

export function openJourney(): JourneyRecord | undefined {
  const { route, records } = state();
  return route.view === "journey" ? getJourney(records, route.journeyId) : undefined;
}

export function selectedSteps(): StepRecord[] {
  const { selection, records } = state();
  return selection.map((id) => records[id]).filter(isStep);
}

/** Shows a journey in the editor, with nothing selected. */
export function showJourney(journeyId: JourneyId): void {
  if (!getJourney(state().records, journeyId)) return;
  useStore.setState({ route: { view: "journey", journeyId }, selection: [], editingPain: null });
}

let noticeCounter = 0;
export function notify(message: string, undoable = false): void {
  noticeCounter += 1;
  const undoDepth = state().history.undo.length;
  useStore.setState({ notice: { id: noticeCounter, message, ...(undoable ? { undoDepth } : {}) } });
}
