import type { TargetEvent } from './target.events';
import type { Target, TargetYearState } from './target.state';

/** Folds one event into the state. Total: an event naming an unknown target changes nothing. */
export function evolveTargetYear(state: TargetYearState, event: TargetEvent): TargetYearState {
  switch (event.type) {
    case 'TargetSet': {
      const { year, ...fields } = event.data;
      const targets = state.status === 'open' ? state.targets : new Map<string, Target>();
      const target: Target = { ...fields, deviationReason: null, status: 'ACTIVE' };
      return { status: 'open', year, targets: new Map(targets).set(target.indicatorId, target) };
    }
    case 'TargetRevised':
      return update(state, event.data.indicatorId, (t) => ({ ...t, ...event.data.changes }));
    case 'TargetWithdrawn':
      return update(state, event.data.indicatorId, (t) => ({ ...t, status: 'WITHDRAWN' }));
    case 'TargetDeviationExplained':
      return update(state, event.data.indicatorId, (t) => ({ ...t, deviationReason: event.data.reason }));
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

function update(state: TargetYearState, indicatorId: string, change: (t: Target) => Target): TargetYearState {
  if (state.status === 'initial') return state;
  const target = state.targets.get(indicatorId);
  return target ? { ...state, targets: new Map(state.targets).set(indicatorId, change(target)) } : state;
}
