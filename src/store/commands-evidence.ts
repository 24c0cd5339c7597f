import type { CommandDefinition } from "./command-kit";

/** Commands for sources, the codebook and coded excerpts. */
export const evidenceCommands = {} satisfies Record<string, CommandDefinition>;
