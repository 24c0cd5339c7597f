import { useTranslation } from "react-i18next";
import { runCommand } from "@/store/commands";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { formatKey, shortcutList, speakKey } from "./shortcuts";

/** The list of every shortcut, opened with `?`. */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const open = useStore((s) => s.shortcutsOpen);
  if (!open) return null;
  const close = () => runCommand("help.shortcuts");
  return (
    <Dialog
      title={t("shortcuts.title")}
      onClose={close}
      className="shortcuts"
      actions={
        // biome-ignore lint/a11y/noAutofocus: a modal dialog moves focus to its first action
        <button type="button" className="button primary" onClick={close} autoFocus>
          {t("shortcuts.close")}
        </button>
      }
    >
      <p>{t("shortcuts.focusModel")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("shortcuts.key")}</th>
            <th scope="col">{t("shortcuts.action")}</th>
          </tr>
        </thead>
        <tbody>
          {shortcutList().map((s) => (
            <tr key={s.id}>
              <td>
                {s.keys.map((k) => (
                  <KeyCombo key={k} combo={k} />
                ))}
              </td>
              <td>{t(s.labelKey)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <KeyCombo combo="tab" />
              <KeyCombo combo="shift+tab" />
            </td>
            <td>{t("commands.nextStep")}</td>
          </tr>
          <tr>
            <td>
              <kbd>{t("shortcuts.doubleClickKey")}</kbd>
            </td>
            <td>{t("commands.doubleClick")}</td>
          </tr>
        </tbody>
      </table>
    </Dialog>
  );
}

/** One key combination: printed as on the keyboard (arrows as symbols), spoken in words. */
function KeyCombo({ combo }: { combo: string }) {
  const printed = formatKey(combo);
  const spoken = speakKey(combo);
  if (printed === spoken) return <kbd>{printed}</kbd>;
  return (
    <kbd>
      <span aria-hidden="true">{printed}</span>
      <span className="visually-hidden">{spoken}</span>
    </kbd>
  );
}
