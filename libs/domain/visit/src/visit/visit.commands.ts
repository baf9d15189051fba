/**
 * Commands to a visit stream. Imperative, readonly plain data; ids and dates are chosen by the
 * caller. `fundRemainingFen` is the charged fund's balance as the handler read it from the fund
 * stream (see `assertFundCovers` for the consistency this gives).
 */
import type { FollowUp, GoodsItem } from './visit.events';
import type { PersonRef } from '../shared/person-ref';
import type { VisitType } from '../shared/care-aid.vocabulary';

export type VisitDetailsInput = {
  readonly visitType: VisitType;
  readonly visitedOn: string;
  readonly township: string;
  readonly visitors: readonly string[];
  readonly caseIds: readonly string[];
  readonly personsReached: readonly PersonRef[];
  readonly needsFound: readonly string[];
  readonly followUp: FollowUp | null;
  readonly cashAidFen: number;
  /** Required when `cashAidFen` > 0, absent or null otherwise. */
  readonly fundId: string | null;
  readonly goods: readonly GoodsItem[];
};

export type RecordVisit = {
  readonly type: 'RecordVisit';
  readonly data: VisitDetailsInput & {
    readonly visitId: string;
    /** Required when `cashAidFen` > 0. */
    readonly fundRemainingFen?: number | null;
  };
};

export type AmendVisit = {
  readonly type: 'AmendVisit';
  readonly data: {
    readonly visitId: string;
    /**
     * Only the fields to change. Setting `cashAidFen` to 0 without naming `fundId` releases the
     * fund; the result is validated as a whole, exactly like a recording.
     */
    readonly changes: Partial<VisitDetailsInput>;
    readonly reason: string;
    /** Required when the amendment changes a cash charge that stays above 0. */
    readonly fundRemainingFen?: number | null;
  };
};

export type VoidVisit = {
  readonly type: 'VoidVisit';
  readonly data: { readonly visitId: string; readonly reason: string };
};

export type VisitCommand = RecordVisit | AmendVisit | VoidVisit;

export type VisitCommandType = VisitCommand['type'];
