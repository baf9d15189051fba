import type { AmendVisit, RecordVisit, VoidVisit } from '../visit/visit.commands';
import type { VisitAmended, VisitDetails, VisitRecorded, VisitVoided } from '../visit/visit.events';

/**
 * Test data for visit specs: a Spring Festival visit by two cadres of 孝坪镇 to two families,
 * handing over 500 元 from the 2023 care action fund and a bag of rice.
 */
export const visitId = 'v-0001';
export const fundId = '2023-CARE';

export const visit: VisitDetails = {
  visitType: 'HOLIDAY',
  visitedOn: '2023-01-18',
  township: 'CX-XP',
  visitors: ['王芳', '刘洋'],
  caseIds: ['c-0001', 'c-0002'],
  personsReached: [
    { caseId: 'c-0001', personId: 'p-father' },
    { caseId: 'c-0001', personId: 'p-mother' },
    { caseId: 'c-0002', personId: 'p-widow' },
  ],
  needsFound: ['屋顶漏雨需维修'],
  followUp: { action: '联系村委会安排维修', dueOn: '2023-02-15' },
  cashAidFen: 50000,
  fundId,
  goods: [{ description: '大米', quantity: 1, valueFen: 12000 }],
};

export function recordVisit(
  overrides: Partial<RecordVisit['data']> = {},
  fundRemainingFen: number | null = 7_000_000,
): RecordVisit {
  return { type: 'RecordVisit', data: { visitId, ...visit, fundRemainingFen, ...overrides } };
}

export function visitRecorded(overrides: Partial<VisitDetails> = {}): VisitRecorded {
  return { type: 'VisitRecorded', data: { visitId, ...visit, ...overrides } };
}

export function amendVisit(
  changes: AmendVisit['data']['changes'],
  extra: Partial<Omit<AmendVisit['data'], 'changes'>> = {},
): AmendVisit {
  return { type: 'AmendVisit', data: { visitId, changes, reason: '金额录入错误', ...extra } };
}

export function visitAmended(
  changes: Partial<VisitDetails>,
  caseIds: readonly string[] = visit.caseIds,
  reason = '金额录入错误',
): VisitAmended {
  return { type: 'VisitAmended', data: { visitId, caseIds, changes, reason } };
}

export const voidVisit = (reason = '重复登记'): VoidVisit => ({
  type: 'VoidVisit',
  data: { visitId, reason },
});

export function visitVoided(
  reason = '重复登记',
  charge: Pick<VisitDetails, 'cashAidFen' | 'fundId'> = visit,
): VisitVoided {
  const { cashAidFen, fundId: charged } = charge;
  const data = { visitId, caseIds: visit.caseIds, reason, cashAidFen, fundId: charged };
  return { type: 'VisitVoided', data };
}
