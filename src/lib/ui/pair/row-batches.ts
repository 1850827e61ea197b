/**
 * How many of the consensus screen's rows are drawn before its first paint, and how many
 * more after each paint (decision "consensus rows in batches"). Five rows fill a tablet's
 * screen and are the largest differences (`consensusRows` puts them first); five more per
 * frame bring all 25 into the page within a few frames without one long task.
 */
export const FIRST_ROWS = 5;
export const MORE_ROWS = 5;
