/** The scoring rules' public API. Pure functions over an edition and a review's answers. */
export type * from './types';
export { suggestFromCount, type SubCriterionState } from './count';
export { askedInputs, figureRule, figureRules } from './figures/index';
export { suggest } from './suggest';
export { computeTotals, levelFor, mismatches, unscored, type Mismatch } from './totals';
