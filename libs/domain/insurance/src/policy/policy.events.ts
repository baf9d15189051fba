/**
 * Events of the yearly group policy stream (`policy-<year>`). Past tense, readonly plain data.
 * None holds personal data: persons are referred to by id only.
 */
import type { RemovalReason } from '../insurance.vocabulary';

export type PolicyPurchased = {
  readonly type: 'PolicyPurchased';
  readonly data: {
    readonly year: number;
    readonly insurer: string;
    readonly product: string;
    /** Yearly premium per insured person, integer fen (辰溪 2023: 150 元 = 15000). */
    readonly premiumPerPersonFen: number;
    /** First and last civil day of cover, both inclusive. */
    readonly coverageFrom: string;
    readonly coverageTo: string;
    readonly purchasedOn: string;
    /** How many persons the year's performance target expects to insure; `null` when none set. */
    readonly targetEnrolment: number | null;
  };
};

export type MemberEnrolled = {
  readonly type: 'MemberEnrolled';
  readonly data: {
    readonly year: number;
    readonly caseId: string;
    readonly personId: string;
    /** The day the enrolment was made (list handed to the insurer). */
    readonly enrolledOn: string;
    /** First day this person is covered: within the policy's coverage. */
    readonly coverageFrom: string;
  };
};

export type MemberRemoved = {
  readonly type: 'MemberRemoved';
  readonly data: {
    readonly year: number;
    readonly caseId: string;
    readonly personId: string;
    /** LAST day of cover, inclusive: for DECEASED the date of death, so a death claim is covered. */
    readonly removedOn: string;
    readonly reason: RemovalReason;
    /** Free text; required when `reason` is OTHER, else `null` when not given. */
    readonly note: string | null;
  };
};

export type PolicyEvent = PolicyPurchased | MemberEnrolled | MemberRemoved;
export type PolicyEventType = PolicyEvent['type'];
