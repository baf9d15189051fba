/**
 * What the seed county (辰溪县计生协) published for 2023: the acceptance table of domain.md §5 in
 * the annual report's figure keys, money in fen. Reference data for the demo year and its tests —
 * the report projection must never read it (its figures follow from the events alone).
 */
export const SEED_REPORT_2023_FIGURES = Object.freeze({
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

export type SeedReportFigures = typeof SEED_REPORT_2023_FIGURES;
