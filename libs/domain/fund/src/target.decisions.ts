import { requireReason, requireText, validationFailed } from '@careledger/domain-kernel';
import { alreadyExists, invalidTransition, notFound } from '@careledger/domain-kernel';
import { assertBudgetYear } from './fund-year';
import type { ExplainTargetDeviation, ReviseTarget, SetTarget, WithdrawTarget } from './target.commands';
import type { TargetDeviationExplained, TargetFields, TargetRevised, TargetSet, TargetWithdrawn } from './target.events';
import type { ActiveTarget, TargetYearState } from './target.state';
import { activeWeight } from './target.state';
import { assertWeightFits, TARGET_FIELDS, targetFieldValidators as validate } from './target-fields';

type MutableFields = { -readonly [K in keyof TargetFields]?: TargetFields[K] };

export function setTarget(data: SetTarget['data'], state: TargetYearState): TargetSet[] {
  const year = requireYear(data.year, state);
  const indicatorId = requireText('indicatorId', data.indicatorId, { max: 64 });
  const fields: TargetFields = {
    name: validate.name(data.name),
    direction: validate.direction(data.direction),
    value: validate.value(data.value),
    unit: validate.unit(data.unit),
    weight: validate.weight(data.weight),
    sourceQuery: validate.sourceQuery(data.sourceQuery),
  };
  const existing = state.status === 'open' ? state.targets.get(indicatorId) : undefined;
  if (existing) {
    // A withdrawn indicator keeps its id: setting it again would blur two histories into one.
    const same = existing.status === 'ACTIVE' && TARGET_FIELDS.every((k) => existing[k] === fields[k]);
    if (same) return [];
    throw alreadyExists('target', { year, indicatorId });
  }
  assertWeightFits(fields.weight, activeWeight(state));
  return [{ type: 'TargetSet', data: { year, indicatorId, ...fields } }];
}

/** Records only the fields that really change; `[]` when none does. */
export function reviseTarget(data: ReviseTarget['data'], state: TargetYearState): TargetRevised[] {
  const reason = requireReason(data.reason);
  const target = requireActiveTarget(data, state, 'ReviseTarget');
  const changes: MutableFields = {};
  for (const key of TARGET_FIELDS) {
    if (data.changes[key] === undefined) continue;
    const value = validate[key](data.changes[key]);
    if (value !== target[key]) Object.assign(changes, { [key]: value });
  }
  if (changes.weight !== undefined) assertWeightFits(changes.weight, activeWeight(state, target.indicatorId));
  if (Object.keys(changes).length === 0) return [];
  const { year, indicatorId } = data;
  return [{ type: 'TargetRevised', data: { year, indicatorId, changes, reason } }];
}

export function withdrawTarget(data: WithdrawTarget['data'], state: TargetYearState): TargetWithdrawn[] {
  const reason = requireReason(data.reason);
  requireActiveTarget(data, state, 'WithdrawTarget');
  return [{ type: 'TargetWithdrawn', data: { year: data.year, indicatorId: data.indicatorId, reason } }];
}

/** Explains an active target's deviation; the same reason again is already done. */
export function explainTargetDeviation(data: ExplainTargetDeviation['data'], state: TargetYearState): TargetDeviationExplained[] {
  const reason = requireReason(data.reason);
  if (reason.length > MAX_DEVIATION_REASON) {
    throw validationFailed('reason', `reason must be at most ${MAX_DEVIATION_REASON} characters`, { max: MAX_DEVIATION_REASON });
  }
  const target = requireActiveTarget(data, state, 'ExplainTargetDeviation');
  if (target.deviationReason === reason) return [];
  return [{ type: 'TargetDeviationExplained', data: { year: data.year, indicatorId: data.indicatorId, reason } }];
}

const MAX_DEVIATION_REASON = 1000;

// The stream is one year's: a command naming another year was sent to the wrong stream.
function requireYear(value: unknown, state: TargetYearState): number {
  const year = assertBudgetYear('year', value);
  if (state.status === 'open' && state.year !== year) {
    const message = `this stream holds the targets of ${state.year}`;
    throw validationFailed('year', message, { expected: state.year });
  }
  return year;
}

function requireActiveTarget(
  data: { readonly year: number; readonly indicatorId: string },
  state: TargetYearState,
  command: 'ReviseTarget' | 'WithdrawTarget' | 'ExplainTargetDeviation',
): ActiveTarget {
  const year = requireYear(data.year, state);
  const { indicatorId } = data;
  const target = state.status === 'open' ? state.targets.get(indicatorId) : undefined;
  if (!target) throw notFound('target', { year, indicatorId });
  if (target.status === 'WITHDRAWN') throw invalidTransition('WITHDRAWN', command, { year, indicatorId });
  return target;
}
