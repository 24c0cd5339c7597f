import type { platform as enPlatform } from "./en-platform";
import type { DeepStringRecord } from "./types";

/**
 * Finnish strings about the app as a program. Key names as Finnish keyboards and Microsoft's
 * Finnish style print them.
 */
export const platform: DeepStringRecord<typeof enPlatform> = {
  key: {
    ctrl: "Ctrl",
    shift: "Vaihto",
    alt: "Alt",
    cmd: "Komento",
    option: "Optio",
    delete: "Delete",
    backspace: "Askelpalautin",
    escape: "Esc",
    tab: "Tab",
    enter: "Enter",
    space: "Välilyönti",
    arrowleft: "Vasen nuoli",
    arrowright: "Oikea nuoli",
    arrowup: "Ylänuoli",
    arrowdown: "Alanuoli",
  },
  update: {
    ready: "Journey Mapperista on saatavilla uusi versio.",
    reload: "Lataa uudelleen",
    later: "Myöhemmin",
  },
};
