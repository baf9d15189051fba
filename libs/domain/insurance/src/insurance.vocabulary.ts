/** Closed vocabularies of the health insurance (计生特殊家庭健康保险), with both labels (zh default). */
import type { Labels } from '@careledger/domain-kernel';

export const REMOVAL_REASONS = ['DECEASED', 'EXITED', 'DUPLICATE', 'OTHER'] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export const CLAIM_EVENT_TYPES = ['HOSPITALISATION', 'ACCIDENT', 'DEATH', 'DISABILITY', 'OTHER'] as const;
export type ClaimEventType = (typeof CLAIM_EVENT_TYPES)[number];

// What insurers of such group policies usually ask for. The insurer's exact list is not known
// (domain guide §8), so OTHER stays open for anything else the caseworker hands in.
export const CLAIM_DOCUMENT_KINDS = [
  'CLAIM_FORM',
  'IDENTITY_PROOF',
  'MEDICAL_INVOICE',
  'DISCHARGE_SUMMARY',
  'DIAGNOSIS_CERTIFICATE',
  'DEATH_CERTIFICATE',
  'DISABILITY_ASSESSMENT',
  'ACCIDENT_PROOF',
  'BANK_ACCOUNT',
  'OTHER',
] as const;
export type ClaimDocumentKind = (typeof CLAIM_DOCUMENT_KINDS)[number];

export const CLAIM_STATUSES = [
  'REPORTED',
  'DOCUMENTS_SUBMITTED',
  'SENT_TO_INSURER',
  'SETTLED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];


export const REMOVAL_REASON_LABELS: Labels<RemovalReason> = {
  DECEASED: { zh: '死亡', en: 'Deceased' },
  EXITED: { zh: '退出特殊家庭', en: 'Left the programme' },
  DUPLICATE: { zh: '重复参保', en: 'Duplicate enrolment' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const CLAIM_EVENT_TYPE_LABELS: Labels<ClaimEventType> = {
  HOSPITALISATION: { zh: '住院', en: 'Hospitalisation' },
  ACCIDENT: { zh: '意外伤害', en: 'Accident' },
  DEATH: { zh: '身故', en: 'Death' },
  DISABILITY: { zh: '伤残', en: 'Disability' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const CLAIM_DOCUMENT_KIND_LABELS: Labels<ClaimDocumentKind> = {
  CLAIM_FORM: { zh: '理赔申请书', en: 'Claim form' },
  IDENTITY_PROOF: { zh: '身份证明', en: 'Proof of identity' },
  MEDICAL_INVOICE: { zh: '医疗费用发票', en: 'Medical invoice' },
  DISCHARGE_SUMMARY: { zh: '出院小结', en: 'Discharge summary' },
  DIAGNOSIS_CERTIFICATE: { zh: '诊断证明', en: 'Diagnosis certificate' },
  DEATH_CERTIFICATE: { zh: '死亡证明', en: 'Death certificate' },
  DISABILITY_ASSESSMENT: { zh: '伤残鉴定', en: 'Disability assessment' },
  ACCIDENT_PROOF: { zh: '事故证明', en: 'Proof of accident' },
  BANK_ACCOUNT: { zh: '收款账户信息', en: 'Bank account details' },
  OTHER: { zh: '其他材料', en: 'Other document' },
};

export const CLAIM_STATUS_LABELS: Labels<ClaimStatus> = {
  REPORTED: { zh: '已报案', en: 'Reported' },
  DOCUMENTS_SUBMITTED: { zh: '已提交材料', en: 'Documents submitted' },
  SENT_TO_INSURER: { zh: '已送保险公司', en: 'Sent to insurer' },
  SETTLED: { zh: '已赔付', en: 'Settled' },
  REJECTED: { zh: '已拒赔', en: 'Rejected' },
  WITHDRAWN: { zh: '已撤案', en: 'Withdrawn' },
};
