import type { SetTarget } from '../target.commands';
import type { TargetSet } from '../target.events';

/**
 * Test data for target specs: two of 辰溪's 2023 indicators (nursing subsidy budget 10.38 万元,
 * 2 publicity events).
 */
export const year = 2023;

type SetTargetData = SetTarget['data'];

export const subsidyTarget: SetTargetData = {
  year,
  indicatorId: 'nursing-subsidy-amount',
  name: '重病大病住院护理补贴发放金额',
  direction: 'AT_LEAST',
  value: 10_380_000,
  unit: 'FEN',
  weight: 20,
  sourceQuery: 'nursingSubsidy.issuedFen',
};

export const publicityTarget: SetTargetData = {
  year,
  indicatorId: 'publicity-events',
  name: '集中宣传活动次数',
  direction: 'AT_LEAST',
  value: 2,
  unit: 'COUNT',
  weight: 10,
  sourceQuery: 'activities.count',
};

export const setTarget = (data: SetTargetData, o: Partial<SetTargetData> = {}): SetTarget => ({
  type: 'SetTarget',
  data: { ...data, ...o },
});

export const targetSet = (data: SetTargetData, o: Partial<SetTargetData> = {}): TargetSet => ({
  type: 'TargetSet',
  data: { ...data, ...o },
});
