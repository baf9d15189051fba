/** Closed vocabularies of the nursing subsidy (重病大病住院护理补贴), with both labels (zh is the default). */
import type { Labels } from '@careledger/domain-kernel';

/** Hospital grades of the national grading scheme (医院等级); which ones qualify is configuration. */
export const HOSPITAL_GRADES = [
  'LEVEL_3A',
  'LEVEL_3B',
  'LEVEL_2A',
  'LEVEL_2B',
  'LEVEL_1',
  'UNGRADED',
] as const;
export type HospitalGrade = (typeof HOSPITAL_GRADES)[number];

/**
 * A coarse diagnosis category, the minimum the review needs (§7 "collect the minimum": no medical
 * records). Still health data, so it is encrypted at rest (see `nursingSubsidyPersonalData`).
 */
export const DIAGNOSIS_CATEGORIES = [
  'MALIGNANT_TUMOUR',
  'CARDIO_CEREBROVASCULAR',
  'ORGAN_FAILURE',
  'SEVERE_MENTAL_ILLNESS',
  'SEVERE_INJURY',
  'OTHER_SERIOUS_ILLNESS',
] as const;
export type DiagnosisCategory = (typeof DIAGNOSIS_CATEGORIES)[number];

export const DAY_COUNTING_CONVENTIONS = ['DISCHARGE_MINUS_ADMISSION', 'BOTH_ENDS'] as const;
export type DayCounting = (typeof DAY_COUNTING_CONVENTIONS)[number];

export const TOWNSHIP_DECISIONS = ['APPROVED', 'RETURNED'] as const;
export type TownshipDecision = (typeof TOWNSHIP_DECISIONS)[number];

export const COUNTY_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type CountyDecision = (typeof COUNTY_DECISIONS)[number];

/** The `status` values of `NursingSubsidyState` once the application exists. */
export const SUBSIDY_STATUSES = [
  'applied',
  'returned',
  'supplemented',
  'townshipApproved',
  'countyApproved',
  'rejected',
  'noticePosted',
  'noticeClosed',
  'submitted',
  'paymentIssued',
  'paymentFailed',
  'paid',
  'settled',
  'withdrawn',
] as const;
export type SubsidyStatus = (typeof SUBSIDY_STATUSES)[number];


export const HOSPITAL_GRADE_LABELS: Labels<HospitalGrade> = {
  LEVEL_3A: { zh: '三级甲等', en: 'Grade 3A' },
  LEVEL_3B: { zh: '三级乙等', en: 'Grade 3B' },
  LEVEL_2A: { zh: '二级甲等', en: 'Grade 2A' },
  LEVEL_2B: { zh: '二级乙等', en: 'Grade 2B' },
  LEVEL_1: { zh: '一级', en: 'Grade 1' },
  UNGRADED: { zh: '未定级', en: 'Ungraded' },
};

export const DIAGNOSIS_CATEGORY_LABELS: Labels<DiagnosisCategory> = {
  MALIGNANT_TUMOUR: { zh: '恶性肿瘤', en: 'Malignant tumour' },
  CARDIO_CEREBROVASCULAR: { zh: '心脑血管疾病', en: 'Cardio-/cerebrovascular disease' },
  ORGAN_FAILURE: { zh: '重要器官衰竭', en: 'Organ failure' },
  SEVERE_MENTAL_ILLNESS: { zh: '重性精神疾病', en: 'Severe mental illness' },
  SEVERE_INJURY: { zh: '严重外伤', en: 'Severe injury' },
  OTHER_SERIOUS_ILLNESS: { zh: '其他重病大病', en: 'Other serious illness' },
};

export const DAY_COUNTING_LABELS: Labels<DayCounting> = {
  DISCHARGE_MINUS_ADMISSION: { zh: '出院日减入院日', en: 'Discharge date minus admission date' },
  BOTH_ENDS: { zh: '算头算尾', en: 'Both admission and discharge day' },
};

export const TOWNSHIP_DECISION_LABELS: Labels<TownshipDecision> = {
  APPROVED: { zh: '乡镇审核通过', en: 'Approved by township' },
  RETURNED: { zh: '退回补正', en: 'Returned for correction' },
};

export const COUNTY_DECISION_LABELS: Labels<CountyDecision> = {
  APPROVED: { zh: '县级审批通过', en: 'Approved by county' },
  REJECTED: { zh: '不予批准', en: 'Rejected' },
};

export const SUBSIDY_STATUS_LABELS: Labels<SubsidyStatus> = {
  applied: { zh: '已申请', en: 'Applied' },
  returned: { zh: '退回补正', en: 'Returned for correction' },
  supplemented: { zh: '已补正待复审', en: 'Documents supplemented' },
  townshipApproved: { zh: '乡镇已审核', en: 'Township approved' },
  countyApproved: { zh: '县级已审批', en: 'County approved' },
  rejected: { zh: '不予批准', en: 'Rejected' },
  noticePosted: { zh: '公示中', en: 'Notice posted' },
  noticeClosed: { zh: '公示结束', en: 'Notice closed' },
  submitted: { zh: '已报阳光审批系统', en: 'Submitted to sunshine system' },
  paymentIssued: { zh: '已发放待到账', en: 'Payment issued' },
  paymentFailed: { zh: '发放失败', en: 'Payment failed' },
  paid: { zh: '已到账', en: 'Paid' },
  settled: { zh: '已报账', en: 'Reimbursement settled' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};
