/** Commands to the performance-target stream of one year. Readonly plain data. */
import type { TargetFields } from './target.events';

export type SetTarget = {
  readonly type: 'SetTarget';
  readonly data: TargetFields & { readonly year: number; readonly indicatorId: string };
};

export type ReviseTarget = {
  readonly type: 'ReviseTarget';
  readonly data: {
    readonly year: number;
    readonly indicatorId: string;
    /** Fields left out stay as they are. */
    readonly changes: Partial<TargetFields>;
    readonly reason: string;
  };
};

export type WithdrawTarget = {
  readonly type: 'WithdrawTarget';
  readonly data: { readonly year: number; readonly indicatorId: string; readonly reason: string };
};

/** Why the year's result missed (or overshot) the indicator: the self-evaluation's 偏差原因. */
export type ExplainTargetDeviation = {
  readonly type: 'ExplainTargetDeviation';
  readonly data: { readonly year: number; readonly indicatorId: string; readonly reason: string };
};

export type TargetCommand = SetTarget | ReviseTarget | WithdrawTarget | ExplainTargetDeviation;
export type TargetCommandType = TargetCommand['type'];
