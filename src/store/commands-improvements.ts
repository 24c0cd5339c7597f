import type { CommandDefinition } from "./command-kit";

/** Commands for improvements, indicators and measurements. */
export const improvementCommands = {} satisfies Record<string, CommandDefinition>;
