import type { NursingSubsidyEventType } from './nursing-subsidy.events';
import type { PersonalDataPolicy, PersonalDataRule } from '@careledger/domain-kernel';

/**
 * Personal data in nursing-subsidy events, encrypted at rest with the patient's data key
 * (crypto-shredding, same shape as `careCasePersonalData`). The diagnosis category is health
 * data (个人信息保护法 sensitive information). Hospital, grade and dates stay readable: the
 * amount, the overlap rule and the audit of payments are reproduced from them.
 */
export const nursingSubsidyPersonalData: PersonalDataPolicy = {
  SubsidyApplied: { subject: 'personId', fields: ['diagnosisCategory'] },
} satisfies Partial<Record<NursingSubsidyEventType, PersonalDataRule>>;
