/**
 * Events of the performance-target stream of one year (`target-<year>`). Past tense, readonly
 * plain data, no personal data. Nothing is edited in place: a target is revised or withdrawn
 * with a reason, and the history shows both.
 */
import type { TargetDirection, TargetUnit } from './target.vocabulary';

/** What a target says; `value` is an integer in `unit` (fen, persons, basis points, …). */
export type TargetFields = {
  readonly name: string;
  readonly direction: TargetDirection;
  readonly value: number;
  readonly unit: TargetUnit;
  /** Points this indicator carries in the year's score; active weights sum to ≤ 100. */
  readonly weight: number;
  /** Id of the report figure it is measured by, e.g. 'nursingSubsidy.issuedFen'. */
  readonly sourceQuery: string;
};

export type TargetSet = {
  readonly type: 'TargetSet';
  readonly data: TargetFields & { readonly year: number; readonly indicatorId: string };
};

export type TargetRevised = {
  readonly type: 'TargetRevised';
  readonly data: {
    readonly year: number;
    readonly indicatorId: string;
    /** Only the fields that changed. */
    readonly changes: Partial<TargetFields>;
    readonly reason: string;
  };
};

export type TargetWithdrawn = {
  readonly type: 'TargetWithdrawn';
  readonly data: { readonly year: number; readonly indicatorId: string; readonly reason: string };
};

/** The deviation reason of an indicator for the performance self-evaluation; a later one replaces it. */
export type TargetDeviationExplained = {
  readonly type: 'TargetDeviationExplained';
  readonly data: { readonly year: number; readonly indicatorId: string; readonly reason: string };
};

export type TargetEvent = TargetSet | TargetRevised | TargetWithdrawn | TargetDeviationExplained;
export type TargetEventType = TargetEvent['type'];
