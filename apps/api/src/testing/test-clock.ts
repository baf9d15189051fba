import type { Clock } from '@careledger/platform';

/**
 * A clock a test moves by hand: each command records "now" as its recorded-at instant, so a
 * test can record something late (a death on 2 November entered on 10 December).
 *
 * @example const clock = new TestClock('2023-10-01T02:00:00Z'); clock.set('2023-12-10T03:00:00Z');
 */
export class TestClock implements Clock {
  private current: number;

  constructor(start: string) {
    this.current = Date.parse(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string): void {
    this.current = Date.parse(instant);
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
