import { formatShanghaiTime } from './format-instant';

describe('formatShanghaiTime', () => {
  it('shows a UTC instant as Beijing wall-clock time, crossing midnight into the next day', () => {
    expect(formatShanghaiTime('2023-07-10T16:30:05.000Z')).toBe('2023-07-11 00:30:05');
  });

  it('passes through something that is not an instant', () => {
    expect(formatShanghaiTime('not a date')).toBe('not a date');
  });
});
