import { computeSubsidy, EXAMPLE_SUBSIDY_RULES } from '@careledger/domain-nursing-subsidy';
import { usageOfPerson } from './person-usage';

const live = (application_id: string, admitted_on: string, discharged_on: string) => ({
  application_id,
  admitted_on,
  discharged_on,
  computation: JSON.stringify(computeSubsidy({ rules: EXAMPLE_SUBSIDY_RULES, admittedOn: admitted_on, dischargedOn: discharged_on })),
});

describe('usageOfPerson', () => {
  it('lists the stays and sums the granted days and fen per calendar year, split stays by their years', () => {
    const usage = usageOfPerson([live('a', '2023-03-01', '2023-03-21'), live('b', '2023-12-22', '2024-01-05')]);
    expect(usage.otherStaysOfPerson).toEqual([
      { applicationId: 'a', admittedOn: '2023-03-01', dischargedOn: '2023-03-21' },
      { applicationId: 'b', admittedOn: '2023-12-22', dischargedOn: '2024-01-05' },
    ]);
    expect(usage.daysAlreadyPaidByYear).toEqual({ '2023': 30, '2024': 4 });
    expect(usage.fenAlreadyPaidByYear).toEqual({ '2023': 300000, '2024': 40000 });
  });

  it('is empty for a person without applications', () => {
    expect(usageOfPerson([])).toEqual({ otherStaysOfPerson: [], daysAlreadyPaidByYear: {}, fenAlreadyPaidByYear: {} });
  });
});
