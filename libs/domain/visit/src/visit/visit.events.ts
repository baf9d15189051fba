/**
 * Events of a visit stream (`visit-<visitId>`). Past tense, readonly plain data.
 *
 * Every event carries `caseIds`, the visit's full current list of cases, so a timeline projection
 * can place it on each family's timeline without folding the visit stream. Amendments and voids
 * also carry their `reason` in the data: the timeline shows it next to the change, and the
 * decider needs it to recognise a retried void.
 */
import type { PersonRef } from '../shared/person-ref';
import type { VisitType } from '../shared/care-aid.vocabulary';

export type FollowUp = {
  readonly action: string;
  /** Civil date, on or after the visit. */
  readonly dueOn: string;
};

export type GoodsItem = {
  readonly description: string;
  /** A whole number of items, at least 1. */
  readonly quantity: number;
  /** Total value of the line in fen. Goods are recorded, not charged to a fund. */
  readonly valueFen: number;
};

/** What a visit says about itself: recorded whole, amended field by field. */
export type VisitDetails = {
  readonly visitType: VisitType;
  /** Civil date of the visit (recorded after the fact, possibly days later). */
  readonly visitedOn: string;
  /** Township code, e.g. 'CX-XP' (孝坪镇). */
  readonly township: string;
  /** Names of the cadres who visited (work identities, not the families' personal data). */
  readonly visitors: readonly string[];
  /** Families visited, each once. */
  readonly caseIds: readonly string[];
  /** Persons met, each once and each from one of `caseIds`: "people reached" counts these. */
  readonly personsReached: readonly PersonRef[];
  readonly needsFound: readonly string[];
  readonly followUp: FollowUp | null;
  /** Cash handed over; charged to `fundId`, which is null exactly when this is 0. */
  readonly cashAidFen: number;
  readonly fundId: string | null;
  readonly goods: readonly GoodsItem[];
};

export type VisitRecorded = {
  readonly type: 'VisitRecorded';
  readonly data: { readonly visitId: string } & VisitDetails;
};

export type VisitAmended = {
  readonly type: 'VisitAmended';
  readonly data: {
    readonly visitId: string;
    /** The full list after the amendment (also in `changes` when it changed). */
    readonly caseIds: readonly string[];
    /** Only the fields whose value changed. */
    readonly changes: Partial<VisitDetails>;
    readonly reason: string;
  };
};

export type VisitVoided = {
  readonly type: 'VisitVoided';
  readonly data: {
    readonly visitId: string;
    readonly caseIds: readonly string[];
    readonly reason: string;
    /** The charge the void releases, so the fund side can reverse it without folding the visit. */
    readonly cashAidFen: number;
    readonly fundId: string | null;
  };
};

export type VisitEvent = VisitRecorded | VisitAmended | VisitVoided;

export type VisitEventType = VisitEvent['type'];
