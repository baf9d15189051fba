/**
 * Commands to the yearly policy stream. The handler routes each to `policy-<year>` by its `year`;
 * dates are chosen by the caller (the decider has no clock).
 */
import type { RemovalReason } from '../insurance.vocabulary';

export type PurchasePolicy = {
  readonly type: 'PurchasePolicy';
  readonly data: {
    readonly year: number;
    readonly insurer: string;
    readonly product: string;
    readonly premiumPerPersonFen: number;
    readonly coverageFrom: string;
    readonly coverageTo: string;
    readonly purchasedOn: string;
    readonly targetEnrolment?: number | null;
  };
};

export type EnrolMember = {
  readonly type: 'EnrolMember';
  readonly data: {
    readonly year: number;
    readonly caseId: string;
    readonly personId: string;
    readonly enrolledOn: string;
    readonly coverageFrom: string;
  };
};

export type RemoveMember = {
  readonly type: 'RemoveMember';
  readonly data: {
    readonly year: number;
    readonly caseId: string;
    readonly personId: string;
    readonly removedOn: string;
    readonly reason: RemovalReason;
    readonly note?: string | null;
  };
};

export type PolicyCommand = PurchasePolicy | EnrolMember | RemoveMember;
export type PolicyCommandType = PolicyCommand['type'];
