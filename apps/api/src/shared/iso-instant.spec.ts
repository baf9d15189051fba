import { isDomainError } from '@careledger/domain-kernel';
import { parseInstant } from './iso-instant';

describe('parseInstant', () => {
  it('normalises any offset to the UTC form the log records', () => {
    expect(parseInstant('at', '2023-11-15T08:00+08:00')).toBe('2023-11-15T00:00:00.000Z');
    expect(parseInstant('at', '2023-11-15T00:00:00Z')).toBe('2023-11-15T00:00:00.000Z');
    expect(parseInstant('at', '2023-11-15T00:00:00.5-01:00')).toBe('2023-11-15T01:00:00.500Z');
  });

  it.each(['2023-11-15', '2023-11-15T00:00:00', '2023-02-30T00:00:00Z', '2023-01-01T24:00:00Z', 'yesterday', ''])(
    'refuses %p as VALIDATION_FAILED naming the field',
    (value) => {
      let error: unknown;
      try {
        parseInstant('recordedFrom', value);
      } catch (e) {
        error = e;
      }
      expect(isDomainError(error, 'VALIDATION_FAILED') && error.details['field']).toBe('recordedFrom');
    },
  );
});
