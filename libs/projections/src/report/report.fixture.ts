import type { RecordedEvent } from '@careledger/event-store';

/**
 * Recorded events for the report's pure specs: a log in memory, positions 1, 2, … in order.
 * (Test code only: the report folds plain data, so no store is needed to test the arithmetic.)
 */
export function logOf(entries: readonly (readonly [streamId: string, type: string, data: Record<string, unknown>])[]): RecordedEvent[] {
  const revisions = new Map<string, number>();
  return entries.map(([streamId, type, data], i) => {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    return {
      id: `e-${i + 1}`,
      streamId,
      revision,
      position: i + 1,
      type,
      schemaVersion: 1,
      data,
      metadata: { actorId: 'county-officer', actorRole: 'COUNTY_OFFICER', actorTownship: null, commandId: `c-${i + 1}`, correlationId: `c-${i + 1}`, causationId: `c-${i + 1}` },
      recordedAt: '2023-12-31T00:00:00.000Z',
      prevHash: '0'.repeat(64),
      hash: '0'.repeat(64),
    };
  });
}

const computation = (amountFen: number) => ({ amountFen });

/** A subsidy application of `caseId`, approved by both reviews (noticeRequired false). */
export const subsidyApplied = (id: string, caseId: string, personId: string, amountFen: number) =>
  [
    [`subsidy-${id}`, 'SubsidyApplied', {
      applicationId: id, caseId, personId, hospitalName: '县医院', hospitalGrade: 'LEVEL_2A', diagnosisCategory: null,
      admittedOn: '2023-03-01', dischargedOn: '2023-03-11', rulesEffectiveFrom: '2020-01-01', noticeRequired: false, noticeDays: 0,
      computation: computation(amountFen),
    }],
    [`subsidy-${id}`, 'TownshipReviewed', { applicationId: id, decision: 'APPROVED', opinion: null }],
    [`subsidy-${id}`, 'CountyReviewed', { applicationId: id, decision: 'APPROVED', opinion: null }],
  ] as const;

export const caseOpened = (caseId: string, township: string) =>
  [`case-${caseId}`, 'CaseOpened', { caseId, category: 'BEREAVED', township, village: '村', address: '址', openedOn: '2021-01-01' }] as const;
