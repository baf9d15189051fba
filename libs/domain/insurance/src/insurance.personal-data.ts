import type { PersonalDataPolicy, PersonalDataRule } from '@careledger/domain-kernel';
import type { ClaimStreamEventType } from './claim/claim.events';

/**
 * Personal data in insurance events, in the same plain-data shape as `careCasePersonalData`, so
 * the event store encrypts it with the person's data key and crypto-shredding erases it.
 *
 * Only the claim's description is health data (个人信息保护法: sensitive). Policy events hold ids,
 * dates and amounts only; event type, dates and settled amounts stay clear because the annual
 * report counts them. Rejection and withdrawal reasons are meant to be administrative
 * (e.g. "不在保险责任范围"), not medical, and are left clear.
 */
export const insurancePersonalData: PersonalDataPolicy = {
  ClaimReported: { subject: 'personId', fields: ['description'] },
} satisfies Partial<Record<ClaimStreamEventType, PersonalDataRule>>;
