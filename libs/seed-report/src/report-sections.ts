/**
 * The seed report's sections and, in print order, the figure keys each shows: how the association
 * lays its yearly report out. The web's report page and print page and the XLSX export follow it.
 */
export const REPORT_SECTIONS = [
  {
    id: 'nursing',
    keys: [
      'nursingSubsidy.personTimes',
      'nursingSubsidy.issuedFen',
      'nursingSubsidy.paidOutFen',
      'nursingSubsidy.awaitingReimbursementFen',
      'nursingSubsidy.viaSunshineFen',
    ],
  },
  {
    id: 'insurance',
    keys: [
      'insurance.enrolledCount',
      'insurance.premiumFen',
      'insurance.claimsSettledPersons',
      'insurance.claimsSettledFen',
      'insurance.claimsInProgress',
    ],
  },
  {
    id: 'visits',
    keys: [
      'visits.count',
      'visits.personTimes',
      'visits.distinctPersons',
      'activities.count',
      'activities.distinctPersons',
      'activities.personTimes',
    ],
  },
  { id: 'careAction', keys: ['funds.careActionAllocatedFen', 'funds.careActionSpentFen'] },
  {
    id: 'budget',
    keys: [
      'budget.incomeFen',
      'budget.basicFen',
      'budget.personnelFen',
      'budget.publicFen',
      'budget.personnelShareBp',
      'budget.publicShareBp',
      'budget.specialFen',
      'budget.balanceFen',
    ],
  },
  { id: 'donations', keys: ['donations.totalFen', 'donations.previousYearTotalFen'] },
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];
export type ReportSectionFigureKey = (typeof REPORT_SECTIONS)[number]['keys'][number];
