import type { EnrolMember, PurchasePolicy, RemoveMember } from '../policy/policy.commands';
import type { MemberEnrolled, MemberRemoved, PolicyPurchased } from '../policy/policy.events';
import type { RemovalReason } from '../insurance.vocabulary';

/**
 * Test data for policy specs: 辰溪's 2023 policy, 150 元 per person, cover for the calendar year.
 * Insurer and product names are stand-ins.
 */
export const year = 2023;
export const caseId = 'c-0001';

export const purchasePolicy: PurchasePolicy = {
  type: 'PurchasePolicy',
  data: {
    year,
    insurer: '某人寿保险公司怀化中心支公司',
    product: '计生特殊家庭团体健康保险',
    premiumPerPersonFen: 15000,
    coverageFrom: '2023-01-01',
    coverageTo: '2023-12-31',
    purchasedOn: '2022-12-20',
    targetEnrolment: 560,
  },
};

export const policyPurchased: PolicyPurchased = {
  type: 'PolicyPurchased',
  data: { ...purchasePolicy.data, targetEnrolment: 560 },
};

export function enrolMember(
  personId: string,
  overrides: Partial<EnrolMember['data']> = {},
): EnrolMember {
  return {
    type: 'EnrolMember',
    data: { year, caseId, personId, enrolledOn: '2022-12-28', coverageFrom: '2023-01-01', ...overrides },
  };
}

export function memberEnrolled(
  personId: string,
  overrides: Partial<MemberEnrolled['data']> = {},
): MemberEnrolled {
  return { type: 'MemberEnrolled', data: enrolMember(personId, overrides).data };
}

export function removeMember(
  personId: string,
  removedOn: string,
  reason: RemovalReason = 'DECEASED',
  note: string | null = null,
): RemoveMember {
  return { type: 'RemoveMember', data: { year, caseId, personId, removedOn, reason, note } };
}

export function memberRemoved(
  personId: string,
  removedOn: string,
  reason: RemovalReason = 'DECEASED',
  note: string | null = null,
): MemberRemoved {
  return { type: 'MemberRemoved', data: { year, caseId, personId, removedOn, reason, note } };
}
