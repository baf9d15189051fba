import { requireOneOf, requireText, validationFailed } from '@careledger/domain-kernel';
import type { TargetFields } from './target.events';
import { TARGET_DIRECTIONS, TARGET_UNITS } from './target.vocabulary';

/** A year's indicators share 100 points (财预〔2020〕10号 scores out of 100). */
export const MAX_TOTAL_WEIGHT = 100;

// A dotted identifier of a report figure, e.g. 'nursingSubsidy.issuedFen'.
const SOURCE_QUERY = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;

type Validators = { readonly [K in keyof TargetFields]-?: (value: unknown) => TargetFields[K] };

/** One validator per field, shared by SetTarget (every field) and ReviseTarget (changed fields). */
export const targetFieldValidators: Validators = {
  name: (value) => requireText('name', value, { max: 100 }),
  direction: (value) => requireOneOf('direction', value, TARGET_DIRECTIONS),
  unit: (value) => requireOneOf('unit', value, TARGET_UNITS),
  value: (value) => {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
    throw validationFailed('value', 'value must be a whole number above 0 (in its unit)', { min: 1 });
  },
  weight: (value) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_TOTAL_WEIGHT) {
      return value;
    }
    throw validationFailed('weight', `weight must be whole points from 1 to ${MAX_TOTAL_WEIGHT}`, {
      min: 1,
      max: MAX_TOTAL_WEIGHT,
    });
  },
  sourceQuery: (value) => {
    const query = requireText('sourceQuery', value, { max: 100 });
    if (!SOURCE_QUERY.test(query)) {
      const message = 'sourceQuery must be a dotted figure id like nursingSubsidy.issuedFen';
      throw validationFailed('sourceQuery', message);
    }
    return query;
  },
};

export const TARGET_FIELDS = Object.keys(targetFieldValidators) as readonly (keyof TargetFields)[];

/** Refuses a weight that would take the year's active targets past 100 points. */
export function assertWeightFits(weight: number, othersWeight: number): void {
  const maxWeight = MAX_TOTAL_WEIGHT - othersWeight;
  if (weight > maxWeight) {
    throw validationFailed('weight', `active targets may carry ${MAX_TOTAL_WEIGHT} points in all`, {
      maxWeight,
      othersWeight,
    });
  }
}
