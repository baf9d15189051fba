import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import type { ExplainTargetDeviation } from './target.commands';
import type { TargetDeviationExplained, TargetWithdrawn } from './target.events';
import { targetDecider } from './target.decider';
import { publicityTarget, subsidyTarget, targetSet, year } from './testing/target.fixtures';

const spec = deciderSpec(targetDecider);
const indicatorId = subsidyTarget.indicatorId;
const both = [targetSet(subsidyTarget), targetSet(publicityTarget)];

const explain = (reason: string, id = indicatorId): ExplainTargetDeviation => ({
  type: 'ExplainTargetDeviation',
  data: { year, indicatorId: id, reason },
});
const explained = (reason: string): TargetDeviationExplained => ({
  type: 'TargetDeviationExplained',
  data: { year, indicatorId, reason },
});
const withdrawn: TargetWithdrawn = { type: 'TargetWithdrawn', data: { year, indicatorId, reason: '指标取消' } };

describe('ExplainTargetDeviation', () => {
  it('records the deviation reason of an active target, trimmed', () => {
    spec.given(both).when(explain(' 申请人数少于预期 ')).then([explained('申请人数少于预期')]);
  });

  it('is already done when the same reason is explained again, and replaces a different one', () => {
    spec.given([...both, explained('申请人数少于预期')]).when(explain('申请人数少于预期')).then([]);
    spec.given([...both, explained('申请人数少于预期')]).when(explain('政策调整')).then([explained('政策调整')]);
  });

  it('keeps the latest reason in the state, on the target only', () => {
    const state = foldEvents(targetDecider, [...both, explained('一'), explained('二')]);
    expect(state.status === 'open' && state.targets.get(indicatorId)?.deviationReason).toBe('二');
    expect(state.status === 'open' && state.targets.get(publicityTarget.indicatorId)?.deviationReason).toBeNull();
  });

  it('requires a reason, of reasonable length', () => {
    spec.given(both).when(explain('  ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
    spec.given(both).when(explain('长'.repeat(1001))).thenThrows('VALIDATION_FAILED', { field: 'reason', max: 1000 });
  });

  it('refuses an unknown target, also in a year without targets', () => {
    spec.given(both).when(explain('原因', 'nope')).thenThrows('NOT_FOUND', { kind: 'target', year, indicatorId: 'nope' });
    spec.given([]).when(explain('原因')).thenThrows('NOT_FOUND', { kind: 'target', indicatorId });
  });

  it('refuses a withdrawn target', () => {
    spec
      .given([...both, withdrawn])
      .when(explain('原因'))
      .thenThrows('INVALID_TRANSITION', { from: 'WITHDRAWN', command: 'ExplainTargetDeviation', indicatorId });
  });

  it('refuses an explanation sent to another year', () => {
    spec.given(both).when({ type: 'ExplainTargetDeviation', data: { ...explain('原因').data, year: 2024 } }).thenThrows('VALIDATION_FAILED', { field: 'year' });
  });
});
