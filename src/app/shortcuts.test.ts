import { describe, expect, it } from "vitest";
import { commandForEvent } from "./shortcuts";

const press = (key: string, init: KeyboardEventInit = {}) => new KeyboardEvent("keydown", { key, ...init });

describe("shortcuts", () => {
  it("maps the conventional keys to commands", () => {
    expect(commandForEvent(press("z", { ctrlKey: true }))).toBe("history.undo");
    expect(commandForEvent(press("Z", { ctrlKey: true, shiftKey: true }))).toBe("history.redo");
    expect(commandForEvent(press("y", { ctrlKey: true }))).toBe("history.redo");
    expect(commandForEvent(press("d", { ctrlKey: true }))).toBe("selection.duplicate");
    expect(commandForEvent(press("c", { ctrlKey: true }))).toBe("clipboard.copy");
    expect(commandForEvent(press("v", { ctrlKey: true }))).toBe("clipboard.paste");
    expect(commandForEvent(press("Delete"))).toBe("selection.delete");
    expect(commandForEvent(press("Backspace"))).toBe("selection.delete");
    expect(commandForEvent(press("n"))).toBe("step.add");
    expect(commandForEvent(press("ArrowLeft"))).toBe("selection.nudgeLeft");
    expect(commandForEvent(press("ArrowRight", { altKey: true }))).toBe("selection.toNextStage");
    expect(commandForEvent(press("?", { shiftKey: true }))).toBe("help.shortcuts");
    expect(commandForEvent(press("Escape"))).toBe("selection.clear");
    expect(commandForEvent(press("T", { shiftKey: true }))).toBe("layout.tidy");
    expect(commandForEvent(press("P", { shiftKey: true }))).toBe("view.present");
  });

  it("does not take plain letters with a modifier it does not know", () => {
    expect(commandForEvent(press("n", { ctrlKey: true }))).toBeUndefined();
    expect(commandForEvent(press("q"))).toBeUndefined();
  });
});
