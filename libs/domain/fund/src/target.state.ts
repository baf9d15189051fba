import type { TargetFields } from './target.events';

type TargetRecord = TargetFields & {
  readonly indicatorId: string;
  /** The latest deviation reason (偏差原因), null until one is explained. */
  readonly deviationReason: string | null;
};
export type ActiveTarget = TargetRecord & { readonly status: 'ACTIVE' };
/** Kept, not dropped: its indicatorId stays taken, and its history stays explainable. */
export type WithdrawnTarget = TargetRecord & { readonly status: 'WITHDRAWN' };
export type Target = ActiveTarget | WithdrawnTarget;

/** No target set for the year yet. */
export type InitialTargetYear = { readonly status: 'initial' };
export type OpenTargetYear = {
  readonly status: 'open';
  readonly year: number;
  readonly targets: ReadonlyMap<string, Target>;
};
export type TargetYearState = InitialTargetYear | OpenTargetYear;

export const initialTargetYearState = (): TargetYearState => ({ status: 'initial' });

/** The points already given to active targets, leaving out `exceptIndicatorId` (the one being changed). */
export function activeWeight(state: TargetYearState, exceptIndicatorId?: string): number {
  if (state.status === 'initial') return 0;
  let sum = 0;
  for (const target of state.targets.values()) {
    if (target.status === 'ACTIVE' && target.indicatorId !== exceptIndicatorId) sum += target.weight;
  }
  return sum;
}
