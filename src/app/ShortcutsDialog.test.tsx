import { act, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Language, setLanguage } from "@/i18n";
import { resetStore, useStore } from "@/store/store";
import { ShortcutsDialog } from "./ShortcutsDialog";
import { formatKey, speakKey } from "./shortcuts";

/** The printed keys of the row whose action is `action`. */
function keysOf(action: string): string[] {
  const row = screen.getByRole("row", { name: new RegExp(action) });
  return within(row)
    .getAllByText((_, element) => element?.tagName === "KBD")
    .map((kbd) => kbd.querySelector("[aria-hidden]")?.textContent ?? kbd.textContent ?? "");
}

const expected: Record<
  Language,
  { shift: string; redo: string; left: string; del: string[]; space: string }
> = {
  en: {
    shift: "Shift+Tab",
    redo: "Ctrl+Shift+Z",
    left: "Left arrow",
    del: ["Delete", "Backspace"],
    space: "Space",
  },
  sv: {
    shift: "Skift+Tab",
    redo: "Ctrl+Skift+Z",
    left: "Vänsterpil",
    del: ["Delete", "Backsteg"],
    space: "Blanksteg",
  },
  fi: {
    shift: "Vaihto+Tab",
    redo: "Ctrl+Vaihto+Z",
    left: "Vasen nuoli",
    del: ["Delete", "Askelpalautin"],
    space: "Välilyönti",
  },
};

describe("the shortcut list", () => {
  beforeEach(() => {
    resetStore();
    useStore.setState({ shortcutsOpen: true });
  });
  afterEach(() => setLanguage("en"));

  for (const language of ["en", "sv", "fi"] as const) {
    it(`names the keys in ${language}`, () => {
      const want = expected[language];
      act(() => setLanguage(language));
      render(<ShortcutsDialog />);
      const dialog = screen.getByRole("dialog");
      const printed = within(dialog)
        .getAllByText((_, element) => element?.tagName === "KBD")
        .map((kbd) => kbd.textContent);
      expect(printed).toContain(want.shift);
      expect(printed).toContain(want.redo);
      expect(printed).toContain(want.del[0]);
      expect(printed).toContain(want.del[1]);
      // Arrows are printed as arrows and spoken by name.
      expect(formatKey("alt+arrowleft")).toBe("Alt+←");
      expect(speakKey("alt+arrowleft")).toBe(`Alt+${want.left}`);
      expect(within(dialog).getAllByText(`Alt+${want.left}`).length).toBeGreaterThan(0);
      expect(formatKey(" ")).toBe(want.space);
      if (language !== "en") expect(dialog.textContent).not.toMatch(/Shift|Backspace|Left arrow/);
    });
  }

  it("follows a language switch while open", () => {
    render(<ShortcutsDialog />);
    expect(keysOf("Undo")).toEqual(["Ctrl+Z"]);
    act(() => setLanguage("sv"));
    expect(screen.getAllByText("Ctrl+Skift+Z").length).toBe(1);
  });
});
