/**
 * The seed report's 2023 figures (domain.md §5, report contract §B) the generated year must
 * produce, in fen and counts. The plan is built from these and the end-to-end test checks the
 * running API against them.
 */
export const YEAR_FIGURES = Object.freeze({
  'nursingSubsidy.personTimes': 69,
  'nursingSubsidy.issuedFen': 8_920_000,
  'nursingSubsidy.paidOutFen': 5_820_000,
  'nursingSubsidy.awaitingReimbursementFen': 3_100_000,
  'nursingSubsidy.viaSunshineFen': 5_920_000,
  'insurance.enrolledCount': 560,
  'insurance.premiumFen': 8_400_000,
  'insurance.claimsSettledPersons': 18,
  'insurance.claimsSettledFen': 1_379_160,
  'insurance.claimsInProgress': 14,
  'visits.count': 24,
  'visits.personTimes': 126,
  'visits.homeVisitCount': 24,
  'activities.count': 2,
  'activities.distinctPersons': 26,
  'funds.careActionAllocatedFen': 7_000_000,
  'funds.careActionSpentFen': 7_000_000,
  'budget.incomeFen': 96_130_000,
  'budget.basicFen': 89_130_000,
  'budget.personnelFen': 53_390_000,
  'budget.publicFen': 35_740_000,
  'budget.specialFen': 7_000_000,
  'budget.personnelShareBp': 5990,
  'budget.publicShareBp': 4010,
  'budget.balanceFen': 0,
  'donations.totalFen': 7_181_116,
  'donations.previousYearTotalFen': 2_684_857,
});

export type FigureKey = keyof typeof YEAR_FIGURES;

export const PREMIUM_PER_PERSON_FEN = 15_000;
