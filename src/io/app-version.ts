/**
 * The app's version as written into exported files. It must equal `version` in package.json;
 * a test checks that, because io/ cannot import files outside src/.
 */
export const APP_VERSION = "0.1.0";
