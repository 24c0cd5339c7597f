import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { JourneyId } from "@/model/ids";
import type { Records } from "@/model/types";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { downloadFile } from "./download";
import { useRefiItems } from "./refiItems";
import { useTableItems } from "./tableItems";
import "./exchange.css";

/** One entry of the Export menu. Other formats (pictures, tables, REFI-QDA, report) add theirs. */
export interface ExportMenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Why a disabled item is disabled: its title, so it is the item's accessible description. */
  reason?: string;
  /** A choice (a radio item) rather than an action: selecting it keeps the menu open. */
  checked?: boolean;
}

interface ExportMenuProps {
  /** What "Workspace file" exports: these journeys, or the whole workspace when absent. */
  journeyIds?: readonly JourneyId[];
  /** Items after "Workspace file", in order. */
  items?: readonly ExportMenuItem[];
  /** On the wrapper; "end" aligns the menu to the button's right edge. */
  className?: string;
  /** On the Export button, e.g. "nav-link" in the header. */
  buttonClassName?: string;
}

/** The "Workspace file" item: a `.journeymap.json` download of the chosen journeys or the whole workspace. */
export function workspaceFileItem(label: string, journeyIds?: readonly JourneyId[]): ExportMenuItem {
  return {
    id: "workspace-file",
    label,
    onSelect: () =>
      runCommand("workspace.export", { ...(journeyIds ? { journeyIds } : {}), save: downloadFile }),
  };
}

/** The items of a menu, in order. Disabled items take focus too (so they can be read) but do nothing. */
function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>("[role=menuitem],[role=menuitemradio]") ?? [])];
}

const isEmpty = (records: Records) => {
  for (const _ in records) return false;
  return true;
};

/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it on the first
 * item, ArrowUp on the last; arrows, Home and End move; Escape closes and returns to the
 * button; Tab or a click elsewhere closes it.
 */
export function ExportMenu({
  journeyIds,
  items = [],
  className,
  buttonClassName = "button",
}: ExportMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [focusOnOpen, setFocusOnOpen] = useState<"first" | "last">("first");
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // An empty workspace gives a file that nothing can be imported from. Only asked while the
  // menu is open: walking 100,000 records after every change costs a pause.
  const nothing = useStore((s) => open && isEmpty(s.records));
  const { tables, separators } = useTableItems(open);
  const refi = useRefiItems(journeyIds, open);
  const all = [
    {
      ...workspaceFileItem(t("exchange.workspaceFile"), journeyIds),
      ...(nothing ? { disabled: true, reason: t("exportReasons.workspace") } : {}),
    },
    ...items,
  ];

  useEffect(() => {
    if (!open) return;
    const list = menuItems(menu.current);
    (focusOnOpen === "first" ? list[0] : list[list.length - 1])?.focus();
    const outside = (event: PointerEvent) => {
      if (!wrap.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open, focusOnOpen]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setFocusOnOpen(event.key === "ArrowDown" ? "first" : "last");
      setOpen(true);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = menuItems(menu.current);
    const index = list.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case "ArrowDown":
        next = list[(index + 1) % list.length];
        break;
      case "ArrowUp":
        next = list[(index - 1 + list.length) % list.length];
        break;
      case "Home":
        next = list[0];
        break;
      case "End":
        next = list[list.length - 1];
        break;
      case "Escape":
        event.preventDefault();
        event.stopPropagation();
        close(true);
        return;
      case "Tab":
        setOpen(false);
        return;
      default:
        return;
    }
    // Handled here, so the map's shortcuts (arrows nudge steps) do not see it.
    event.preventDefault();
    event.stopPropagation();
    next?.focus();
  };

  const select = (item: ExportMenuItem) => {
    if (item.disabled) return;
    if (item.checked === undefined) close(true);
    item.onSelect();
  };

  const render = (item: ExportMenuItem) =>
    item.checked === undefined ? (
      <button
        key={item.id}
        type="button"
        role="menuitem"
        tabIndex={-1}
        className="menu-item"
        aria-disabled={item.disabled ? true : undefined}
        title={item.disabled ? item.reason : undefined}
        onClick={() => select(item)}
      >
        {item.label}
      </button>
    ) : (
      <button
        key={item.id}
        type="button"
        role="menuitemradio"
        aria-checked={item.checked}
        tabIndex={-1}
        className="menu-item"
        onClick={() => select(item)}
      >
        {item.label}
      </button>
    );

  return (
    <div className={`menu-wrap ${className ?? ""}`} ref={wrap}>
      <button
        ref={button}
        type="button"
        className={buttonClassName}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => {
          setFocusOnOpen("first");
          setOpen((o) => !o);
        }}
        onKeyDown={onButtonKey}
      >
        {t("exchange.export")}
      </button>
      {open && (
        <div
          ref={menu}
          id={`${id}-menu`}
          className="menu"
          role="menu"
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKey}
        >
          {all.map(render)}
          {refi.map(render)}
          <hr className="menu-separator" />
          {tables.map(render)}
          <hr className="menu-separator" />
          <fieldset className="menu-group">
            <legend className="menu-heading">{t("tables.separator")}</legend>
            {separators.map(render)}
          </fieldset>
        </div>
      )}
    </div>
  );
}
