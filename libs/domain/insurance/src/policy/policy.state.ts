import { policyNotFound } from '../insurance.errors';
import type { RemovalReason } from '../insurance.vocabulary';
import type { PolicyPurchased } from './policy.events';

export type PolicyTerms = PolicyPurchased['data'];

/**
 * One stretch of cover of one person, from `coverageFrom` to `removedOn` (inclusive) or, while
 * open, to the end of the policy. A person removed and enrolled again has two periods, so
 * `isEnrolledOn` can answer for any past day, not only for today.
 */
export type EnrolmentPeriod = {
  readonly caseId: string;
  readonly enrolledOn: string;
  readonly coverageFrom: string;
  readonly removal: {
    readonly removedOn: string;
    readonly reason: RemovalReason;
    readonly note: string | null;
  } | null;
};

export type InitialPolicy = { readonly status: 'initial' };
export type PurchasedPolicy = {
  readonly status: 'purchased';
  readonly terms: PolicyTerms;
  /** Periods by personId, oldest first; only the last one may be open. */
  readonly enrolments: ReadonlyMap<string, readonly EnrolmentPeriod[]>;
};

export type PolicyState = InitialPolicy | PurchasedPolicy;

export const initialPolicyState = (): PolicyState => ({ status: 'initial' });

export function requirePurchased(state: PolicyState, year: number): PurchasedPolicy {
  if (state.status === 'initial') throw policyNotFound(year);
  return state;
}

/** The person's last period, if it is still open. */
export function openPeriodOf(state: PurchasedPolicy, personId: string): EnrolmentPeriod | undefined {
  const last = state.enrolments.get(personId)?.at(-1);
  return last && last.removal === null ? last : undefined;
}
