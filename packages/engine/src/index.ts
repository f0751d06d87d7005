// Cost-sharing: games, sharing methods, stability and the `shareCosts` entry point.
export { popcount, maskOf, membersOf, fullMask } from './cost-sharing/bits';
export { gameFromCoalitions, gameFromFacility, gameFromModel, type CoalitionEntry } from './cost-sharing/build-game';
export { costFunction, facilityCost, validateFacility, validateModel, type CostFunction, type CostModel, type FacilityModel } from './cost-sharing/cost-models';
export {
  EngineError,
  costSharingErrors,
  isInternalError,
  type CostSharingErrorCode,
  type CostSharingErrorParams,
  type LimitedComputation,
  type LocalizedMessage,
  type ValueSubject,
} from './cost-sharing/errors';
export {
  asTableGame,
  coalitionValue,
  costSign,
  grandValue,
  standAloneValues,
  tabulate,
  valueBlocks,
  type Game,
  type ModelGame,
  type TableGame,
  type ValueBlocks,
} from './cost-sharing/game';
export {
  costSharingMethods,
  gameKinds,
  type CoalitionValue,
  type CostModelInput,
  type CostSharingInput,
  type CostSharingMethod,
  type CostSharingOptions,
  type FacilityInput,
  type GameKind,
} from './cost-sharing/input';
export {
  costSharingWarningCodes,
  methodFailureCodes,
  type Allocation,
  type CoreVerdict,
  type CostSharingResult,
  type CostSharingWarning,
  type CostSharingWarningCode,
  type MethodFailure,
  type MethodFailureCode,
  type PlayerShare,
  shapleyMethods,
  type ShapleyMethod,
} from './cost-sharing/result';
export { costSharingLimits, limits, assertWithinLimit, beyondLimit } from './cost-sharing/limits';
export { equalSplit } from './cost-sharing/equal-split';
export { proportionalSplit } from './cost-sharing/proportional';
export { scrb } from './cost-sharing/scrb';
export { shapleyExact } from './cost-sharing/shapley-exact';
export { shapleyOfFacility } from './cost-sharing/shapley-airport';
export { exactShapleyWay, shapleyByTotalQuantity, shapleyValue } from './cost-sharing/shapley';
export { quantityGrid, quantityShapleyCells, type QuantityGrid } from './cost-sharing/shapley-by-quantity';
export { shapleySampled, type SampledShapley, type ShapleySamplingOptions } from './cost-sharing/shapley-sampled';
export { nucleolus, prenucleolus, type NucleolusResult } from './cost-sharing/nucleolus';
export { leastCore, type LeastCoreResult } from './cost-sharing/least-core';
export { maxExcess, type MaxExcess } from './cost-sharing/excess';
export { checkStability, savingsOf, type Savings, type Stability } from './cost-sharing/stability';
export { roundToAgorot, toAgorot } from './cost-sharing/rounding';
export { shareCosts } from './cost-sharing/share-costs';
export { fitCostModels, type CostFit, type CostFits, type CostObservation, type FitRefusal } from './cost-sharing/fit-cost-model';
export { banzhafValue, owenValue } from './cost-sharing/owen-banzhaf';
export { blockingGroups, type BlockingGroup, type BlockingGroups } from './cost-sharing/blocking-groups';
export { shareSensitivity, breakEvenSearch, withJointCost, type Sensitivity, type SensitivityOptions, type BreakEven, type PointShares, type SharesAt } from './cost-sharing/sensitivity';

// Governance: a body's vote, counted by authority.
export {
  TallyError,
  tallyFaults,
  tallyVote,
  votingRulesFault,
  type RulesFault,
  type Fraction,
  type MajorityRule,
  type QuorumRule,
  type Tally,
  type TallyFault,
  type TallyInput,
  type TallyOutcome,
  type TallyReason,
  type Vote,
  type VotingRules,
} from './governance/tally';

// Measurement: the gaps between authorities on one indicator in one period.
export {
  GapError,
  gapDirections,
  gapErrorCodes,
  gapErrors,
  gapMeasures,
  gapWeightFaults,
  type GapDirection,
  type GapErrorCode,
  type GapErrorParams,
  type GapInput,
  type GapMeasures,
  type GapValue,
  type GapWeightFault,
} from './measurement/gaps';

// Measurement: periods of an indicator, the values owed, gaps over time, before and after, savings.
export {
  addDays,
  comparePeriods,
  frequencies,
  nextPeriod,
  parsePeriod,
  periodAt,
  periodFault,
  periodLimits,
  periodOfDay,
  periodsBetween,
  yearFraction,
  type Frequency,
  type Period,
  type PeriodFault,
} from './measurement/periods';
export { dueItems, duePeriods, measuredIn, type DueItem, type DuePeriod, type DueRule, type Measured, type ValueStanding } from './measurement/due';
export { gapsByGroup, gapsOf, gapTrend, type GapsOf } from './measurement/trend';
export { beforeAfter, type BeforeAfter, type BeforeAfterInput, type BeforeAfterSeries, type BeforeAfterValue, type JoinedAuthority, type Mean } from './measurement/before-after';
export { serviceSavings, type AchievedSavings, type AuthoritySavings, type SavingsRow, type SavingsTotal } from './measurement/savings';
