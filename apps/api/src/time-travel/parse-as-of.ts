import { assertCivilDate, validationFailed } from '@careledger/domain-kernel';
import type { AsOf } from '@careledger/projections';
import { parseInstant } from '../shared/iso-instant';
import type { AsOfInput } from './as-of.input';

/** The input as a time on exactly one axis; the instant normalised to UTC. */
export function parseAsOf(input: AsOfInput): AsOf {
  const { recordedAt, businessDate } = input;
  const given = [recordedAt, businessDate].filter((v) => v !== null && v !== undefined).length;
  if (given !== 1) throw validationFailed('asOf', 'asOf takes exactly one of recordedAt and businessDate');
  if (recordedAt !== null && recordedAt !== undefined) return { recordedAt: parseInstant('recordedAt', recordedAt) };
  return { businessDate: assertCivilDate('businessDate', businessDate) };
}
