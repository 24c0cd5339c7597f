/**
 * English strings about the app as a program: key names in the shortcut list and the notice
 * that a new version is ready.
 */
export const platform = {
  key: {
    ctrl: "Ctrl",
    shift: "Shift",
    alt: "Alt",
    cmd: "Cmd",
    option: "Option",
    delete: "Delete",
    backspace: "Backspace",
    escape: "Esc",
    tab: "Tab",
    enter: "Enter",
    space: "Space",
    arrowleft: "Left arrow",
    arrowright: "Right arrow",
    arrowup: "Up arrow",
    arrowdown: "Down arrow",
  },
  update: {
    ready: "A new version of Journey Mapper is ready.",
    reload: "Reload",
    later: "Later",
  },
};
