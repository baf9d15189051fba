/**
 * @jest-environment node
 */
import { shanghaiDayEnd, shanghaiDayStart, shanghaiWallClockToInstant, toAsOf } from './time-travel';

describe('toAsOf', () => {
  it('asks for the live case now, and for the picked moment on the chosen axis only', () => {
    const picks = { recordedAt: '2023-11-15T10:00:00.000Z', businessDate: '2023-11-01' };
    expect(toAsOf({ axis: 'now', ...picks })).toBeUndefined();
    expect(toAsOf({ axis: 'recordedAt', ...picks })).toEqual({ recordedAt: '2023-11-15T10:00:00.000Z' });
    expect(toAsOf({ axis: 'businessDate', ...picks })).toEqual({ businessDate: '2023-11-01' });
  });

  it('stays on the live case until a moment is picked on the axis', () => {
    expect(toAsOf({ axis: 'recordedAt', businessDate: '2023-11-01' })).toBeUndefined();
    expect(toAsOf({ axis: 'businessDate' })).toBeUndefined();
  });
});

describe('Beijing time to instants', () => {
  it('reads a wall-clock time as UTC+8, crossing midnight backwards', () => {
    expect(shanghaiWallClockToInstant('2023-11-15 08:00:00')).toBe('2023-11-15T00:00:00.000Z');
    expect(shanghaiWallClockToInstant('2023-11-15 07:30')).toBe('2023-11-14T23:30:00.000Z');
    expect(shanghaiWallClockToInstant('15/11/2023')).toBeUndefined();
  });

  it('bounds a civil day by its first instant and the first instant of the next day', () => {
    expect(shanghaiDayStart('2023-12-31')).toBe('2023-12-30T16:00:00.000Z');
    expect(shanghaiDayEnd('2023-12-31')).toBe('2023-12-31T16:00:00.000Z');
  });
});
