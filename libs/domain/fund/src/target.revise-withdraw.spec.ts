import { deciderSpec } from '@careledger/domain-kernel';
import type { ReviseTarget, WithdrawTarget } from './target.commands';
import type { TargetFields, TargetRevised, TargetWithdrawn } from './target.events';
import { targetDecider } from './target.decider';
import { publicityTarget, subsidyTarget, targetSet, year } from './testing/target.fixtures';

const spec = deciderSpec(targetDecider);
const indicatorId = subsidyTarget.indicatorId;
const both = [targetSet(subsidyTarget), targetSet(publicityTarget)]; // 20 + 10 points

const revise = (changes: Partial<TargetFields>, reason = '预算调整', id = indicatorId): ReviseTarget => ({
  type: 'ReviseTarget',
  data: { year, indicatorId: id, changes, reason },
});
const revised = (changes: Partial<TargetFields>, reason = '预算调整'): TargetRevised => ({
  type: 'TargetRevised',
  data: { year, indicatorId, changes, reason },
});
const withdraw = (reason = '指标取消', id = indicatorId): WithdrawTarget => ({
  type: 'WithdrawTarget',
  data: { year, indicatorId: id, reason },
});
const withdrawn = (reason = '指标取消'): TargetWithdrawn => ({
  type: 'TargetWithdrawn',
  data: { year, indicatorId, reason },
});

describe('ReviseTarget', () => {
  it('records only the fields that change', () => {
    spec
      .given(both)
      .when(revise({ value: 11_000_000, weight: 20, name: ` ${subsidyTarget.name}` }))
      .then([revised({ value: 11_000_000 })]);
  });

  it('is already done when nothing changes', () => {
    spec.given(both).when(revise({ weight: 20 })).then([]);
  });

  it('lets a target take the points left by the others, and no more', () => {
    spec.given(both).when(revise({ weight: 90 })).then([revised({ weight: 90 })]);
    spec
      .given(both)
      .when(revise({ weight: 91 }))
      .thenThrows('VALIDATION_FAILED', { field: 'weight', maxWeight: 90 });
  });

  it('requires a reason', () => {
    spec.given(both).when(revise({ value: 1 }, ' ')).thenThrows('REASON_REQUIRED', { field: 'reason' });
  });

  it('validates the changed fields', () => {
    spec.given(both).when(revise({ value: -5 })).thenThrows('VALIDATION_FAILED', { field: 'value' });
    spec
      .given(both)
      .when(revise({ sourceQuery: 'a..b' }))
      .thenThrows('VALIDATION_FAILED', { field: 'sourceQuery' });
  });

  it('refuses an unknown target, also in a year without targets', () => {
    const details = { kind: 'target', year, indicatorId: 'nope' };
    spec.given(both).when(revise({ value: 1 }, '调整', 'nope')).thenThrows('NOT_FOUND', details);
    spec.given([]).when(revise({ value: 1 }, '调整', 'nope')).thenThrows('NOT_FOUND', details);
  });

  it('refuses to revise a withdrawn target', () => {
    spec
      .given([...both, withdrawn()])
      .when(revise({ value: 1 }))
      .thenThrows('INVALID_TRANSITION', { from: 'WITHDRAWN', command: 'ReviseTarget', indicatorId });
  });

  it('refuses a revision sent to another year', () => {
    spec
      .given(both)
      .when({ type: 'ReviseTarget', data: { ...revise({ value: 1 }).data, year: 2024 } })
      .thenThrows('VALIDATION_FAILED', { field: 'year' });
  });
});

describe('WithdrawTarget', () => {
  it('withdraws an active target with its reason', () => {
    spec.given(both).when(withdraw()).then([withdrawn()]);
  });

  it('requires a reason', () => {
    spec.given(both).when(withdraw('')).thenThrows('REASON_REQUIRED');
  });

  it('refuses an unknown target', () => {
    spec
      .given(both)
      .when(withdraw('取消', 'nope'))
      .thenThrows('NOT_FOUND', { kind: 'target', indicatorId: 'nope' });
  });

  it('refuses to withdraw twice', () => {
    spec
      .given([...both, withdrawn()])
      .when(withdraw())
      .thenThrows('INVALID_TRANSITION', { from: 'WITHDRAWN', command: 'WithdrawTarget' });
  });
});
