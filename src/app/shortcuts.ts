import { t } from "@/i18n";
import type { platform } from "@/i18n/en-platform";
import { type CommandId, commands, runCommand } from "@/store/commands";
import { useStore } from "@/store/store";

/**
 * Keys are written as `mod+shift+z`: `mod` is Cmd on macOS and Ctrl elsewhere; `ctrl` is
 * always Ctrl. Commands that act on the map run only while a journey is open.
 */

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** The spellings a key press may be bound under: off macOS, Ctrl is both `mod` and `ctrl`. */
function eventKeys(event: KeyboardEvent): string[] {
  const key = event.key.toLowerCase();
  const rest = [event.altKey && "alt", event.shiftKey && "shift"].filter(Boolean) as string[];
  const spell = (first: string[]) => [...first, ...rest, key].join("+");
  if (isMac) {
    const first = [event.metaKey && "mod", event.ctrlKey && "ctrl"].filter(Boolean) as string[];
    return [spell(first)];
  }
  if (event.ctrlKey) return [spell(["mod"]), spell(["ctrl"])];
  return [spell([])];
}

const byKey = new Map<string, CommandId>();
for (const [id, command] of Object.entries(commands) as [CommandId, (typeof commands)[CommandId]][]) {
  for (const key of ("keys" in command ? command.keys : []) ?? []) byKey.set(key, id);
}

/** Commands that work anywhere; everything else needs an open journey. */
const GLOBAL: ReadonlySet<CommandId> = new Set<CommandId>(["history.undo", "history.redo", "help.shortcuts"]);

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
}

/** Which command a key press runs, if any; exported for tests. */
export function commandForEvent(event: KeyboardEvent): CommandId | undefined {
  for (const key of eventKeys(event)) {
    const id = byKey.get(key);
    if (id) return id;
  }
  return undefined;
}

export function handleShortcut(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  if (isTextEntry(event.target)) {
    // Escape leaves a field and hands the keyboard back to the map.
    if (event.key === "Escape" && event.target instanceof HTMLElement) {
      event.target.blur();
      const canvas =
        document.querySelector<HTMLElement>(".react-flow__node.selected") ??
        document.querySelector<HTMLElement>(".react-flow");
      canvas?.focus();
      event.preventDefault();
    }
    return;
  }
  // On the map, Tab walks the steps in reading order (off-screen steps are not in the DOM).
  if (
    event.key === "Tab" &&
    event.target instanceof HTMLElement &&
    event.target.closest(".react-flow__node")
  ) {
    const moved = event.shiftKey ? commands["selection.previous"].run() : commands["selection.next"].run();
    if (moved) event.preventDefault();
    return;
  }
  // Inside dialogs the dialog's own keys apply.
  if (event.target instanceof HTMLElement && event.target.closest("dialog, [role=dialog]")) return;
  const id = commandForEvent(event);
  if (!id) return;
  const { route, selection } = useStore.getState();
  if (!GLOBAL.has(id) && route.view !== "journey") return;
  // Arrow keys pan the map (React Flow) unless steps are selected to move.
  if (/^selection\.(nudge|to)/.test(id) && selection.length === 0) return;
  event.preventDefault();
  runCommand(id);
}

export function shortcutList(): { id: CommandId; keys: readonly string[]; labelKey: string }[] {
  return (Object.entries(commands) as [CommandId, (typeof commands)[CommandId]][])
    .filter(([, c]) => "keys" in c && c.keys)
    .map(([id, c]) => ({ id, keys: ("keys" in c ? c.keys : []) ?? [], labelKey: c.labelKey }));
}

type KeyName = keyof typeof platform.key;

const NAMED_KEYS: ReadonlySet<string> = new Set<KeyName>([
  "ctrl",
  "shift",
  "alt",
  "delete",
  "backspace",
  "escape",
  "tab",
  "enter",
  "space",
  "arrowleft",
  "arrowright",
  "arrowup",
  "arrowdown",
]);

/** Keys printed as a symbol, as on the keyboard; their names are still spoken. */
const GLYPHS: Readonly<Record<string, string>> = {
  arrowleft: "←",
  arrowright: "→",
  arrowup: "↑",
  arrowdown: "↓",
  ...(isMac ? { mod: "⌘", alt: "⌥" } : {}),
};

function keyName(part: string): string {
  if (part === "mod") return t(isMac ? "platform.key.cmd" : "platform.key.ctrl");
  if (part === "alt" && isMac) return t("platform.key.option");
  if (part === " ") return t("platform.key.space");
  if (NAMED_KEYS.has(part)) return t(`platform.key.${part as KeyName}`);
  return part.length === 1 ? part.toUpperCase() : part;
}

/** A key combination as the shortcut list prints it, in the interface language: "Ctrl+Skift+Z", "Alt+←". */
export function formatKey(key: string): string {
  return key
    .split("+")
    .map((part) => GLYPHS[part] ?? keyName(part))
    .join("+");
}

/** The same combination in words, for screen readers: "Alt+Vänsterpil". */
export function speakKey(key: string): string {
  return key.split("+").map(keyName).join("+");
}
