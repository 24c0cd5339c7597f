import type { platform as enPlatform } from "./en-platform";
import type { DeepStringRecord } from "./types";

/**
 * Swedish strings about the app as a program. Key names as Swedish keyboards and Microsoft's
 * Swedish style print them.
 */
export const platform: DeepStringRecord<typeof enPlatform> = {
  key: {
    ctrl: "Ctrl",
    shift: "Skift",
    alt: "Alt",
    cmd: "Kommando",
    option: "Alternativ",
    delete: "Delete",
    backspace: "Backsteg",
    escape: "Esc",
    tab: "Tab",
    enter: "Retur",
    space: "Blanksteg",
    arrowleft: "Vänsterpil",
    arrowright: "Högerpil",
    arrowup: "Uppil",
    arrowdown: "Nedpil",
  },
  update: {
    ready: "En ny version av Journey Mapper är klar att använda.",
    reload: "Ladda om",
    later: "Senare",
  },
};
