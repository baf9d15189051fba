import type { AsOf } from '../gql/graphql';

/** The two axes of time travel (see the AsOf input), or the live read model. */
export type TimeAxis = 'now' | 'recordedAt' | 'businessDate';

/**
 * What the time-travel control holds: the chosen axis and the moment picked on each axis, kept
 * apart so switching axes back and forth does not lose a pick.
 */
export type TimeTravel = {
  readonly axis: TimeAxis;
  /** ISO-8601 instant (UTC). */
  readonly recordedAt?: string;
  /** Civil date YYYY-MM-DD. */
  readonly businessDate?: string;
};

export const NOW: TimeTravel = { axis: 'now' };

/** The `asOf` argument for `case(id, asOf)`; undefined for the live case (or an axis without a pick yet). */
export function toAsOf(travel: TimeTravel): AsOf | undefined {
  switch (travel.axis) {
    case 'now':
      return undefined;
    case 'recordedAt':
      return travel.recordedAt ? { recordedAt: travel.recordedAt } : undefined;
    case 'businessDate':
      return travel.businessDate ? { businessDate: travel.businessDate } : undefined;
    default: {
      const _exhaustive: never = travel.axis;
      return _exhaustive;
    }
  }
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
// Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so the offset is a constant.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * A Beijing wall-clock time ('2023-11-15 18:00:00') as an ISO-8601 UTC instant, whatever zone the
 * browser is in: the county thinks in Beijing time. Undefined for anything else.
 *
 * @example shanghaiWallClockToInstant('2023-11-15 08:00:00') === '2023-11-15T00:00:00.000Z'
 */
export function shanghaiWallClockToInstant(wallClock: string): string | undefined {
  const match = WALL_CLOCK.exec(wallClock);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second || 0) - SHANGHAI_OFFSET_MS;
  return Number.isNaN(utc) ? undefined : new Date(utc).toISOString();
}

/** The first instant of a Shanghai civil day, e.g. '2023-11-15' → '2023-11-14T16:00:00.000Z'. */
export function shanghaiDayStart(date: string): string | undefined {
  return shanghaiWallClockToInstant(`${date} 00:00:00`);
}

/** The first instant of the Shanghai day after `date`: the exclusive end of a range ending that day. */
export function shanghaiDayEnd(date: string): string | undefined {
  const start = shanghaiDayStart(date);
  return start === undefined ? undefined : new Date(Date.parse(start) + 24 * 60 * 60 * 1000).toISOString();
}
