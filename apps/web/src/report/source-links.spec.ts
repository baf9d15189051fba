import { sourceLinks, type DrillSource } from './source-links';

const source = (kind: DrillSource['kind'], recordId: string, streamId: string, caseIds: string[] = []): DrillSource => ({
  kind,
  recordId,
  streamId,
  caseIds,
});

describe('drill-down links of a report source', () => {
  it('links a subsidy to its application page and to the family timeline', () => {
    expect(sourceLinks(source('SUBSIDY', 'app-1', 'subsidy-app-1', ['case-9']))).toEqual([
      { kind: 'record', to: '/subsidies/app-1', id: 'app-1' },
      { kind: 'case', to: '/cases/case-9', id: 'case-9' },
    ]);
  });

  it('links a claim to its claim page', () => {
    expect(sourceLinks(source('CLAIM', 'c 1', 'claim-c 1', ['case-2']))[0]).toEqual({ kind: 'record', to: '/insurance/claims/c%201', id: 'c 1' });
  });

  it('links fund records (fund, receipt, expenditure) to the fund of their stream', () => {
    for (const kind of ['FUND', 'RECEIPT', 'EXPENDITURE'] as const) {
      expect(sourceLinks(source(kind, 'x-1', 'fund-2023-care-action'))).toEqual([{ kind: 'record', to: '/funds/2023-care-action', id: 'x-1' }]);
    }
  });

  it('links enrolments and policies to the policy of their stream', () => {
    expect(sourceLinks(source('ENROLMENT', 'p-1', 'policy-2023', ['case-1']))[0]?.to).toBe('/insurance/policies/2023');
    expect(sourceLinks(source('POLICY', '2023', 'policy-2023'))[0]?.to).toBe('/insurance/policies/2023');
  });

  it('links visits and activities to the visits page, donations to theirs', () => {
    expect(sourceLinks(source('VISIT', 'v-1', 'visit-v-1', ['case-3'])).map((l) => l.to)).toEqual(['/visits', '/cases/case-3']);
    expect(sourceLinks(source('ACTIVITY', 'a-1', 'activity-a-1', ['case-3', 'case-4'])).map((l) => l.to)).toEqual([
      '/visits',
      '/cases/case-3',
      '/cases/case-4',
    ]);
    expect(sourceLinks(source('DONATION', 'd-1', 'donation-2023'))[0]?.to).toBe('/donations');
  });

  it('links a case once, to its timeline', () => {
    expect(sourceLinks(source('CASE', 'case-5', 'case-case-5', ['case-5']))).toEqual([{ kind: 'record', to: '/cases/case-5', id: 'case-5' }]);
  });

  it('gives a target no page of its own', () => {
    expect(sourceLinks(source('TARGET', 'nursing-subsidy-amount', 'target-2023'))).toEqual([]);
  });
});
