import type { CommandDefinition } from "./command-kit";

/** Commands for files in and out: the workspace file, pictures, tables. */
export const exchangeCommands = {} satisfies Record<string, CommandDefinition>;
