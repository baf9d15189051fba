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

export type TargetCommand = SetTarget | ReviseTarget | WithdrawTarget;
export type TargetCommandType = TargetCommand['type'];
