import type { SubsidyStatus } from '@careledger/domain-nursing-subsidy';

/** A step as the API lists it, for MockedProvider tests of the subsidy screens. */
export function stepFixture(position: number, kind: string, fields: Record<string, unknown> = {}) {
  return {
    __typename: 'SubsidyStep' as const,
    position,
    kind,
    outcome: null,
    recordedAt: `2023-04-0${position}T02:00:00.000Z`,
    actorName: '李梅',
    actorRole: 'caseworker',
    date: null,
    opinion: null,
    reason: null,
    note: null,
    objections: null,
    closesOn: null,
    externalRef: null,
    batchId: null,
    period: null,
    voucherNo: null,
    ...fields,
  };
}

/** An application as the SubsidyPage query returns it (all fragments spread): 20 days at 100 元. */
export function applicationFixture({
  status = 'applied' as SubsidyStatus,
  revision = 1,
  noticeRequired = true,
  steps = [stepFixture(1, 'SubsidyApplied', { amountFen: 200000 })] as ReturnType<typeof stepFixture>[],
} = {}) {
  return {
    __typename: 'SubsidyApplication' as const,
    id: 'sub-1',
    revision,
    status,
    noticeRequired,
    amountFen: 200000,
    personName: '张*',
    caseId: 'case-1',
    townshipName: '孝坪镇',
    hospitalName: '辰溪县人民医院',
    hospitalGrade: 'LEVEL_2A',
    admittedOn: '2023-03-01',
    dischargedOn: '2023-03-21',
    appliedOn: '2023-04-01',
    sunshineRef: null,
    computation: {
      __typename: 'SubsidyComputation' as const,
      rulesEffectiveFrom: '2020-01-01',
      dayCounting: 'DISCHARGE_MINUS_ADMISSION',
      dailyRateFen: 10000,
      daysCounted: 20,
      daysPayable: 20,
      amountFen: 200000,
      capsApplied: [] as string[],
      years: [
        {
          __typename: 'SubsidyYearPart' as const,
          year: 2023,
          firstDay: '2023-03-01',
          lastDay: '2023-03-20',
          daysCounted: 20,
          daysPayable: 20,
          amountFen: 200000,
          capped: false,
        },
      ],
      lines: [
        { __typename: 'SubsidyComputationLine' as const, code: 'DAYS_COUNTED', zh: '住院 2023-03-01 至 2023-03-21，计 20 天', en: 'Stay: 20 days' },
        { __typename: 'SubsidyComputationLine' as const, code: 'TOTAL', zh: '合计补贴 2000.00 元', en: 'Total subsidy 2000.00 yuan' },
      ],
    },
    steps,
  };
}
