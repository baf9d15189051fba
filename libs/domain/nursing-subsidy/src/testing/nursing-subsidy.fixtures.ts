import type { ApplyForSubsidy } from '../nursing-subsidy.commands';
import type { NursingSubsidyEvent, SubsidyApplied } from '../nursing-subsidy.events';
import type { SubsidyStatus } from '../nursing-subsidy.vocabulary';
import { computeSubsidy } from '../subsidy-computation';
import type { SubsidyRules } from '../subsidy-rules';

/**
 * Test data for nursing-subsidy specs: the father of a bereaved family in 孝坪镇 spends 20 days
 * in a county hospital in March 2023. The rules are a test configuration at the example rate of
 * domain.md §4 (100 元/day, 90 days a year), not Hunan's.
 */
export const applicationId = 'sub-0001';
export const caseId = 'c-0001';
export const personId = 'p-father';

export const rules: SubsidyRules = {
  effectiveFrom: '2020-01-01',
  dailyRateFen: 100_00,
  dayCounting: 'DISCHARGE_MINUS_ADMISSION',
  capPerPersonPerYearDays: 90,
  noticeRequired: true,
  noticeDays: 7,
  eligibleGrades: ['LEVEL_3A', 'LEVEL_2A', 'LEVEL_1'],
};

export const rulesWithoutNotice: SubsidyRules = { ...rules, noticeRequired: false, noticeDays: 0 };

export function applyForSubsidy(overrides: Partial<ApplyForSubsidy['data']> = {}): ApplyForSubsidy {
  return {
    type: 'ApplyForSubsidy',
    data: {
      applicationId,
      caseId,
      personId,
      hospitalName: '辰溪县人民医院',
      hospitalGrade: 'LEVEL_2A',
      diagnosisCategory: 'CARDIO_CEREBROVASCULAR',
      admittedOn: '2023-03-01',
      dischargedOn: '2023-03-21',
      ruleSets: [rules],
      otherStaysOfPerson: [],
      daysAlreadyPaidByYear: {},
      fenAlreadyPaidByYear: {},
      ...overrides,
    },
  };
}

/**
 * The event `command` should produce under `ruleSet`. The computation comes from computeSubsidy,
 * whose numbers are pinned by subsidy-computation.spec.ts; specs that care about an amount
 * assert it explicitly as well.
 */
export function subsidyApplied(command = applyForSubsidy(), ruleSet = rules): SubsidyApplied {
  const { ruleSets: _r, otherStaysOfPerson: _o, daysAlreadyPaidByYear, fenAlreadyPaidByYear, ...fields } =
    command.data;
  const { admittedOn, dischargedOn } = fields;
  return {
    type: 'SubsidyApplied',
    data: {
      ...fields,
      rulesEffectiveFrom: ruleSet.effectiveFrom,
      noticeRequired: ruleSet.noticeRequired,
      noticeDays: ruleSet.noticeDays,
      computation: computeSubsidy({
        rules: ruleSet,
        admittedOn,
        dischargedOn,
        daysAlreadyPaidByYear,
        fenAlreadyPaidByYear,
      }),
    },
  };
}

export const applied = subsidyApplied();
export const appliedWithoutNotice = subsidyApplied(
  applyForSubsidy({ ruleSets: [rulesWithoutNotice] }),
  rulesWithoutNotice,
);

const id = { applicationId };
export const townshipApproved: NursingSubsidyEvent = {
  type: 'TownshipReviewed',
  data: { ...id, decision: 'APPROVED', opinion: null },
};
export const townshipReturned: NursingSubsidyEvent = {
  type: 'TownshipReviewed',
  data: { ...id, decision: 'RETURNED', opinion: '缺出院小结' },
};
export const documentsSupplemented: NursingSubsidyEvent = {
  type: 'DocumentsSupplemented',
  data: { ...id, note: '已补出院小结' },
};
export const countyApproved: NursingSubsidyEvent = {
  type: 'CountyReviewed',
  data: { ...id, decision: 'APPROVED', opinion: '同意' },
};
export const countyRejected: NursingSubsidyEvent = {
  type: 'CountyReviewed',
  data: { ...id, decision: 'REJECTED', opinion: '非计生特殊家庭成员' },
};
export const noticePosted: NursingSubsidyEvent = {
  type: 'NoticePosted',
  data: { ...id, postedOn: '2023-04-10', closesOn: '2023-04-17' },
};
export const noticeClosed: NursingSubsidyEvent = {
  type: 'NoticeClosed',
  data: { ...id, closedOn: '2023-04-17', objections: null },
};
/** 公示后不予发放, on objections raised while the notice hung. */
export const refusedAfterNotice: NursingSubsidyEvent = {
  type: 'RefusedAfterNotice',
  data: { ...id, refusedOn: '2023-04-20', reason: '经核实，住院期间已由单位报销护理费用' },
};
export const submitted: NursingSubsidyEvent = {
  type: 'SubmittedToSunshine',
  data: { ...id, externalRef: 'YG-2023-0001', submittedOn: '2023-04-18' },
};
export const paymentIssued: NursingSubsidyEvent = {
  type: 'PaymentIssued',
  data: { ...id, batchId: 'B-202304-01', period: '202304', amountFen: 2000_00, issuedOn: '2023-04-20' },
};
export const paymentFailed: NursingSubsidyEvent = {
  type: 'PaymentFailed',
  data: { ...id, reason: '社保卡已挂失', failedOn: '2023-04-25' },
};
export const paymentReissued: NursingSubsidyEvent = {
  type: 'PaymentReissued',
  data: { ...id, batchId: 'B-202305-01', period: '202305', issuedOn: '2023-05-05' },
};
export const paymentConfirmed: NursingSubsidyEvent = {
  type: 'PaymentConfirmed',
  data: { ...id, paidOn: '2023-04-25' },
};
export const reimbursementSettled: NursingSubsidyEvent = {
  type: 'ReimbursementSettled',
  data: { ...id, settledOn: '2023-05-10', voucherNo: 'PZ-2023-0042' },
};
export const withdrawn: NursingSubsidyEvent = {
  type: 'ApplicationWithdrawn',
  data: { ...id, reason: '家属决定不申请' },
};

const approvedByCounty = [applied, townshipApproved, countyApproved];
const noticeDone = [...approvedByCounty, noticePosted, noticeClosed];
const issued = [...noticeDone, submitted, paymentIssued];

/** The two ways into 'rejected' beyond the county's own rejection (`historyAt.rejected`). */
export const refusedWhileNoticePosted = [...approvedByCounty, noticePosted, refusedAfterNotice];
export const refusedAfterNoticeClosed = [...noticeDone, refusedAfterNotice];

/** A history that leads to each status (with the notice required, as in `rules`). */
export const historyAt: Readonly<Record<SubsidyStatus, readonly NursingSubsidyEvent[]>> = {
  applied: [applied],
  returned: [applied, townshipReturned],
  supplemented: [applied, townshipReturned, documentsSupplemented],
  townshipApproved: [applied, townshipApproved],
  countyApproved: approvedByCounty,
  rejected: [applied, townshipApproved, countyRejected],
  noticePosted: [...approvedByCounty, noticePosted],
  noticeClosed: noticeDone,
  submitted: [...noticeDone, submitted],
  paymentIssued: issued,
  paymentFailed: [...issued, paymentFailed],
  paid: [...issued, paymentConfirmed],
  settled: [...issued, paymentConfirmed, reimbursementSettled],
  withdrawn: [applied, withdrawn],
};
