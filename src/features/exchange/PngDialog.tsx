import { type FormEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { buildMapSvg } from "@/io/map-svg";
import type { JourneyId } from "@/model/ids";
import { runCommand } from "@/store/commands";
import { PNG_SCALES, type PngScale, pictureOptions } from "@/store/commands-pictures";
import { useStore } from "@/store/store";
import { Dialog } from "@/ui/Dialog";
import { downloadFile } from "./download";
import { fittingScale, rasterise } from "./rasterise";

interface PngDialogProps {
  journeyId: JourneyId;
  onClose: () => void;
}

/** "PNG image": choose 1×, 2× or 4× (with the size in pixels each gives), then save. */
export function PngDialog({ journeyId, onClose }: PngDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [scale, setScale] = useState<PngScale>(2);
  const records = useStore((s) => s.records);
  // This dialog is loaded with the picture code, so the size is known before it shows. The
  // options are the saved picture's: its caption line adds to the height.
  const size = useMemo(() => buildMapSvg(records, journeyId, pictureOptions()), [records, journeyId]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    runCommand("picture.png", { journeyId, scale, rasterise, save: downloadFile });
    onClose();
  };

  return (
    <Dialog
      title={t("pictures.pngTitle")}
      onClose={onClose}
      className="png-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t("pictures.cancel")}
          </button>
          {/* biome-ignore lint/a11y/noAutofocus: saving is what the dialog is for; Escape cancels */}
          <button type="submit" form={`${id}-form`} className="button primary" disabled={!size} autoFocus>
            {t("pictures.pngSave")}
          </button>
        </>
      }
    >
      {size ? (
        <form id={`${id}-form`} onSubmit={save}>
          <fieldset className="png-scales" aria-describedby={`${id}-hint`}>
            <legend>{t("pictures.pngSize")}</legend>
            {PNG_SCALES.map((option) => {
              const fits = fittingScale(size.width, size.height, option);
              return (
                <label key={option}>
                  <input
                    type="radio"
                    name={`${id}-scale`}
                    value={option}
                    checked={scale === option}
                    onChange={() => setScale(option)}
                  />{" "}
                  {t("pictures.pngScale", {
                    scale: option,
                    width: Math.floor(size.width * fits),
                    height: Math.floor(size.height * fits),
                  })}
                </label>
              );
            })}
            <p id={`${id}-hint`} className="hint">
              {t("pictures.pngHint")}
            </p>
          </fieldset>
        </form>
      ) : (
        <p role="alert">{t("editor.notFound")}</p>
      )}
    </Dialog>
  );
}
