/**
 * The annual report's figure keys (= the performance targets' `sourceQuery`) and their units,
 * in the order the report prints them. Definitions: docs of `aggregateReport`.
 */
export const REPORT_FIGURE_UNITS = {
  'nursingSubsidy.personTimes': 'COUNT',
  'nursingSubsidy.issuedFen': 'FEN',
  'nursingSubsidy.paidOutFen': 'FEN',
  'nursingSubsidy.awaitingReimbursementFen': 'FEN',
  'nursingSubsidy.viaSunshineFen': 'FEN',
  'insurance.enrolledCount': 'PERSON',
  'insurance.premiumFen': 'FEN',
  'insurance.claimsSettledPersons': 'PERSON',
  'insurance.claimsSettledFen': 'FEN',
  'insurance.claimsInProgress': 'COUNT',
  'visits.count': 'COUNT',
  'visits.personTimes': 'COUNT',
  'visits.distinctPersons': 'PERSON',
  'visits.homeVisitCount': 'COUNT',
  'activities.count': 'COUNT',
  'activities.distinctPersons': 'PERSON',
  'activities.personTimes': 'COUNT',
  'funds.careActionAllocatedFen': 'FEN',
  'funds.careActionSpentFen': 'FEN',
  'budget.incomeFen': 'FEN',
  'budget.personnelFen': 'FEN',
  'budget.publicFen': 'FEN',
  'budget.specialFen': 'FEN',
  'budget.basicFen': 'FEN',
  'budget.personnelShareBp': 'BASIS_POINTS',
  'budget.publicShareBp': 'BASIS_POINTS',
  'budget.balanceFen': 'FEN',
  'donations.totalFen': 'FEN',
  'donations.previousYearTotalFen': 'FEN',
} as const satisfies Readonly<Record<string, ReportFigureUnit>>;

export type ReportFigureUnit = 'FEN' | 'COUNT' | 'PERSON' | 'BASIS_POINTS';
export type ReportFigureKey = keyof typeof REPORT_FIGURE_UNITS;
export const REPORT_FIGURE_KEYS = Object.keys(REPORT_FIGURE_UNITS) as ReportFigureKey[];

/** Figures kept for the county only: funds, budget and donations have no township. */
export const COUNTY_ONLY_PREFIXES = ['funds.', 'budget.', 'donations.'] as const;

export const isCountyOnly = (key: ReportFigureKey): boolean => COUNTY_ONLY_PREFIXES.some((p) => key.startsWith(p));

/** The fund whose allocation and spending the report prints as 生育关怀行动专项经费. */
export const CARE_ACTION_FUND_CODE = 'care-action';
