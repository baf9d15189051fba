/** The seed report's sections and, in print order, the figure keys each shows. */
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
export type ReportFigureKey = (typeof REPORT_SECTIONS)[number]['keys'][number];

/** Figure values by key; a key the server did not send (e.g. county-only in a township report) is absent. */
export type FigureValues = Partial<Record<ReportFigureKey, number>>;

export function figureValues(figures: ReadonlyArray<{ readonly key: string; readonly value: number }>): FigureValues {
  return Object.fromEntries(figures.map((f) => [f.key, f.value])) as FigureValues;
}
