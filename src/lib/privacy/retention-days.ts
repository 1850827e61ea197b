/**
 * The retention setting's bounds, apart from the rule itself: the settings row reads the
 * default on the first screen, and the rule (./retention.ts) pulls in the document schema
 * and zod, which the reviews list must not load (first-load budget, README).
 */
export const DEFAULT_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;
