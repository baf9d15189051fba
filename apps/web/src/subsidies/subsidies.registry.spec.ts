/**
 * @jest-environment node
 */
import type { NursingSubsidyEventType } from '@careledger/domain-nursing-subsidy';
import { eventTypeLabel } from '../audit-trail/event-types';
import { summarizeTimelineEntry } from '../case-timeline/timeline-summary';
import { apiErrorMessage } from '../errors/api-error';
import { labelOf, translate, type LabelMap, type Locale } from '../i18n/i18n';
import { SUBSIDIES_EVENT_TYPE_LABEL_KEYS } from './subsidies.registry';

function contextFor(locale: Locale) {
  const names = new Map([['p-1', '张*']]);
  return {
    t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params),
    label: <T extends string>(labels: LabelMap<T>, value: string) => labelOf(labels, value, locale),
    memberName: (personId: string) => names.get(personId),
  };
}

const applied = {
  applicationId: 'a1',
  caseId: 'c1',
  personId: 'p-1',
  hospitalName: '辰溪县人民医院',
  hospitalGrade: 'LEVEL_2A',
  diagnosisCategory: null,
  admittedOn: '2023-03-01',
  dischargedOn: '2023-03-21',
  computation: { amountFen: 200000 },
};

// One row per domain event type: [type, data, Chinese summary, English summary].
const CASES: ReadonlyArray<readonly [NursingSubsidyEventType, Record<string, unknown>, string, string]> = [
  [
    'SubsidyApplied',
    applied,
    '张* 申请住院护理补贴：辰溪县人民医院，2023-03-01 至 2023-03-21，核定 2,000.00 元',
    '张* applied for the nursing subsidy: 辰溪县人民医院, 2023-03-01 to 2023-03-21, 2,000.00 yuan computed',
  ],
  ['DocumentsSupplemented', { note: '补交出院小结' }, '护理补贴申请补正材料：补交出院小结', 'Nursing subsidy documents supplemented: 补交出院小结'],
  [
    'TownshipReviewed',
    { decision: 'RETURNED', opinion: '缺出院小结' },
    '护理补贴乡镇审核：退回补正，意见：缺出院小结',
    'Nursing subsidy township review: Returned for correction, opinion: 缺出院小结',
  ],
  ['CountyReviewed', { decision: 'APPROVED', opinion: null }, '护理补贴县级审批：县级审批通过', 'Nursing subsidy county review: Approved by county'],
  [
    'NoticePosted',
    { postedOn: '2023-04-10', closesOn: '2023-04-17' },
    '护理补贴张榜公示（2023-04-10 起，2023-04-17 可结束）',
    'Nursing subsidy notice posted (2023-04-10, may close on 2023-04-17)',
  ],
  [
    'NoticeClosed',
    { closedOn: '2023-04-17', objections: null },
    '护理补贴公示结束（2023-04-17）：公示期间无异议',
    'Nursing subsidy notice closed (2023-04-17): No objections raised',
  ],
  [
    'SubmittedToSunshine',
    { externalRef: 'YG-2023-001', submittedOn: '2023-04-18' },
    '护理补贴报阳光审批系统，编号 YG-2023-001（2023-04-18）',
    'Nursing subsidy submitted to the sunshine system, number YG-2023-001 (2023-04-18)',
  ],
  [
    'PaymentIssued',
    { batchId: 'B202304', period: '202304', amountFen: 200000, issuedOn: '2023-04-20' },
    '护理补贴一卡通发放 2,000.00 元：批次 B202304，期号 202304（2023-04-20）',
    'Nursing subsidy of 2,000.00 yuan issued: batch B202304, period 202304 (2023-04-20)',
  ],
  ['PaymentConfirmed', { paidOn: '2023-04-25' }, '护理补贴已到账（2023-04-25）', 'Nursing subsidy paid (2023-04-25)'],
  [
    'PaymentFailed',
    { reason: '账户已注销', failedOn: '2023-04-25' },
    '护理补贴发放失败：账户已注销（2023-04-25）',
    'Nursing subsidy payment failed: 账户已注销 (2023-04-25)',
  ],
  [
    'PaymentReissued',
    { batchId: 'B202305', period: '202305', issuedOn: '2023-05-10' },
    '护理补贴重新发放：批次 B202305，期号 202305（2023-05-10）',
    'Nursing subsidy reissued: batch B202305, period 202305 (2023-05-10)',
  ],
  [
    'ReimbursementSettled',
    { voucherNo: '记-0618', settledOn: '2023-06-18' },
    '护理补贴已报账，凭证号 记-0618（2023-06-18）',
    'Nursing subsidy reimbursement settled, voucher 记-0618 (2023-06-18)',
  ],
  [
    'RefusedAfterNotice',
    { reason: '异议属实', refusedOn: '2023-04-20' },
    '护理补贴公示后不予发放：异议属实（2023-04-20）',
    'Nursing subsidy refused after its notice: 异议属实 (2023-04-20)',
  ],
  ['ApplicationWithdrawn', { reason: '重复申请' }, '撤回护理补贴申请：重复申请', 'Nursing subsidy application withdrawn: 重复申请'],
];

describe('nursing-subsidy events on the case timeline', () => {
  it.each(CASES)('summarizes %s in Chinese and English', (type, data, zh, en) => {
    expect(summarizeTimelineEntry({ type, data }, contextFor('zh'))).toBe(zh);
    expect(summarizeTimelineEntry({ type, data }, contextFor('en'))).toBe(en);
  });

  it('covers every event type of the domain', () => {
    expect(new Set(CASES.map(([type]) => type))).toEqual(new Set(Object.keys(SUBSIDIES_EVENT_TYPE_LABEL_KEYS)));
  });
});

describe('nursing-subsidy labels in the shared screens', () => {
  it('labels the event types for the audit trail', () => {
    const t = contextFor('zh').t;
    expect(eventTypeLabel('CountyReviewed', t)).toBe('县级审批');
    expect(eventTypeLabel('PaymentReissued', contextFor('en').t)).toBe('Subsidy payment reissued');
  });

  it('names a refused input field in the user language', () => {
    const error = { code: 'VALIDATION_FAILED', field: 'dischargedOn', serverMessage: 'x' } as const;
    expect(apiErrorMessage(error, contextFor('zh').t)).toBe('「出院日期」填写有误，请检查');
    expect(apiErrorMessage({ ...error, field: 'period' }, contextFor('en').t)).toContain('Subsidy period');
  });
});
