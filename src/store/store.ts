import type { Edge, Node } from "@xyflow/react";
import { create } from "zustand";
import type { RestoreProblem } from "@/io/restore";
import { emptyHistory, type History } from "@/model/history";
import type { JourneyId } from "@/model/ids";
import type { Fragment } from "@/model/journey";
import type { JourneyRecord, Records } from "@/model/types";

/**
 * The one store. Its state falls into three kinds:
 * - document: `records` (saved, exported, undoable through `history`);
 * - session: route, selection, clipboard, panels, save status (not saved with the document);
 * - ephemeral: the canvas's node and edge arrays while dragging (rebuilt from records).
 */

export type Route = { view: "journeys" } | { view: "journey"; journeyId: JourneyId };

export type SaveState =
  | { status: "loading" }
  | { status: "saved" }
  | { status: "saving" }
  | { status: "error"; reason: string }
  | { status: "blocked"; reason: string };

export interface Notice {
  id: number;
  message: string;
  /** Offer "Undo" beside the message (after a delete). */
  undo?: boolean;
}

export interface StorageInfo {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

export type StepNode = Node<Record<string, never>, "step">;

export interface CanvasState {
  journeyId: JourneyId | null;
  nodes: StepNode[];
  edges: Edge[];
}

export interface Clipboard extends Fragment {
  journey: JourneyRecord;
}

export interface AppState {
  records: Records;
  history: History;
  loaded: boolean;
  route: Route;
  selection: readonly string[];
  canvas: CanvasState;
  clipboard: Clipboard | null;
  save: SaveState;
  loadProblems: readonly RestoreProblem[];
  notice: Notice | null;
  storage: StorageInfo;
  inspectorOpen: boolean;
  shortcutsOpen: boolean;
  /** Bumped to ask the inspector to focus the Title field (after adding a step). */
  titleFocus: number;
}

export const initialState: AppState = {
  records: {},
  history: emptyHistory,
  loaded: false,
  route: { view: "journeys" },
  selection: [],
  canvas: { journeyId: null, nodes: [], edges: [] },
  clipboard: null,
  save: { status: "loading" },
  loadProblems: [],
  notice: null,
  storage: {},
  inspectorOpen: true,
  shortcutsOpen: false,
  titleFocus: 0,
};

export const useStore = create<AppState>()(() => initialState);

/** Puts the store back to its first state; for tests. */
export function resetStore(): void {
  useStore.setState(initialState, true);
}
