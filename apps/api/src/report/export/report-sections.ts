/** The seed report's sections and, in print order, the figure keys each shows (as the web prints them). */
export const REPORT_SECTIONS: readonly { readonly id: string; readonly keys: readonly string[] }[] = [
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
    keys: ['insurance.enrolledCount', 'insurance.premiumFen', 'insurance.claimsSettledPersons', 'insurance.claimsSettledFen', 'insurance.claimsInProgress'],
  },
  {
    id: 'visits',
    keys: ['visits.count', 'visits.personTimes', 'visits.distinctPersons', 'activities.count', 'activities.distinctPersons', 'activities.personTimes'],
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
];
