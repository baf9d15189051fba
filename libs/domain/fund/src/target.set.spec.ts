import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import type { TargetDirection, TargetUnit } from './target.vocabulary';
import { targetDecider } from './target.decider';
import { publicityTarget, setTarget, subsidyTarget, targetSet, year } from './testing/target.fixtures';

const spec = deciderSpec(targetDecider);

describe('SetTarget', () => {
  it('sets the first target of the year, with trimmed text', () => {
    spec
      .given([])
      .when(setTarget(subsidyTarget, { name: ` ${subsidyTarget.name} ` }))
      .then([targetSet(subsidyTarget)]);
  });

  it('sets further targets while the weights stay within 100 points', () => {
    spec
      .given([targetSet(subsidyTarget, { weight: 90 })])
      .when(setTarget(publicityTarget))
      .then([targetSet(publicityTarget)]);
  });

  it('refuses a weight that takes the active targets past 100 points', () => {
    spec
      .given([targetSet(subsidyTarget, { weight: 91 })])
      .when(setTarget(publicityTarget))
      .thenThrows('VALIDATION_FAILED', { field: 'weight', maxWeight: 9, othersWeight: 91 });
  });

  it('does not count withdrawn targets against the 100 points', () => {
    const withdrawn = {
      type: 'TargetWithdrawn' as const,
      data: { year, indicatorId: subsidyTarget.indicatorId, reason: '指标调整' },
    };
    spec
      .given([targetSet(subsidyTarget, { weight: 100 }), withdrawn])
      .when(setTarget(publicityTarget, { weight: 100 }))
      .then([targetSet(publicityTarget, { weight: 100 })]);
  });

  it('is already done when the same target comes again', () => {
    spec.given([targetSet(subsidyTarget)]).when(setTarget(subsidyTarget)).then([]);
  });

  it('refuses the same indicator with other details, and a withdrawn indicator id', () => {
    const ids = { kind: 'target', year, indicatorId: subsidyTarget.indicatorId };
    spec
      .given([targetSet(subsidyTarget)])
      .when(setTarget(subsidyTarget, { value: 1 }))
      .thenThrows('ALREADY_EXISTS', ids);
    const withdrawn = {
      type: 'TargetWithdrawn' as const,
      data: { year, indicatorId: ids.indicatorId, reason: '撤销' },
    };
    spec
      .given([targetSet(subsidyTarget), withdrawn])
      .when(setTarget(subsidyTarget))
      .thenThrows('ALREADY_EXISTS', ids);
  });

  it('refuses a target for another year than the stream holds', () => {
    spec
      .given([targetSet(subsidyTarget)])
      .when(setTarget(publicityTarget, { year: 2024 }))
      .thenThrows('VALIDATION_FAILED', { field: 'year', expected: 2023 });
  });

  it.each([
    ['a value of 0', { value: 0 }, 'value'],
    ['a fractional value', { value: 1.5 }, 'value'],
    ['a weight of 0', { weight: 0 }, 'weight'],
    ['a fractional weight', { weight: 2.5 }, 'weight'],
    ['an unknown direction', { direction: 'EXACTLY' as TargetDirection }, 'direction'],
    ['an unknown unit', { unit: 'YUAN' as TargetUnit }, 'unit'],
    ['a source query that is not a figure id', { sourceQuery: 'select * from subsidy' }, 'sourceQuery'],
    ['a blank indicator id', { indicatorId: ' ' }, 'indicatorId'],
    ['a blank name', { name: '' }, 'name'],
    ['a year that is not a budget year', { year: 23 }, 'year'],
  ] as const)('refuses %s', (_what, override, field) => {
    spec.given([]).when(setTarget(subsidyTarget, override)).thenThrows('VALIDATION_FAILED', { field });
  });
});

describe('evolveTargetYear', () => {
  it('starts with no targets and keeps revised and withdrawn targets by id', () => {
    expect(targetDecider.initialState()).toEqual({ status: 'initial' });
    const state = foldEvents(targetDecider, [
      targetSet(subsidyTarget),
      targetSet(publicityTarget),
      {
        type: 'TargetRevised',
        data: { year, indicatorId: 'publicity-events', changes: { value: 3 }, reason: '上级要求' },
      },
      { type: 'TargetWithdrawn', data: { year, indicatorId: 'nursing-subsidy-amount', reason: '并入其他指标' } },
    ]);
    const targets = state.status === 'open' ? [...state.targets.values()] : [];
    expect(targets.map((t) => [t.indicatorId, t.status, t.value])).toEqual([
      ['nursing-subsidy-amount', 'WITHDRAWN', 10_380_000],
      ['publicity-events', 'ACTIVE', 3],
    ]);
  });

  it('ignores revisions of unknown targets instead of throwing', () => {
    const revised = {
      type: 'TargetRevised' as const,
      data: { year, indicatorId: 'x', changes: { value: 3 }, reason: 'r' },
    };
    expect(targetDecider.evolve(targetDecider.initialState(), revised)).toEqual({ status: 'initial' });
    const open = foldEvents(targetDecider, [targetSet(subsidyTarget)]);
    expect(targetDecider.evolve(open, revised)).toBe(open);
  });
});
