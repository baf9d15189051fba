import type { Decider, DomainCommand, DomainEvent } from '../decider';
import { foldEvents } from '../decider';
import type { DomainErrorCode, DomainErrorDetails } from '../domain-error';
import { DomainError } from '../domain-error';
import { findDifference, formatValue } from './find-difference';

/**
 * Given/when/then for deciders, free of any test framework (it throws a plain Error with a
 * diff), so every domain lib's tests can use it.
 *
 * @example
 *   const spec = deciderSpec(careCaseDecider);
 *   spec.given([caseOpened]).when(exitCase).then([caseExited]);
 *   spec.given([]).when(exitCase).thenThrows('CASE_NOT_FOUND');
 *   spec.given([caseOpened]).when(badDate).thenThrows('VALIDATION_FAILED', { field: 'exitedOn' });
 *
 * History and command are deep-frozen first, so a decider that mutates its input fails loudly.
 */
export function deciderSpec<Command extends DomainCommand, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
) {
  return {
    given(history: readonly Event[]) {
      return {
        when(command: Command) {
          return new DeciderExpectation(decider, deepFreeze(history), deepFreeze(command));
        },
      };
    },
  };
}

export class DeciderExpectation<Command extends DomainCommand, Event extends DomainEvent, State> {
  constructor(
    private readonly decider: Decider<Command, Event, State>,
    private readonly history: readonly Event[],
    private readonly command: Command,
  ) {}

  /** Asserts that exactly `expected` is emitted (`[]` = already done), and that evolve accepts it. */
  then(expected: readonly Event[]): void {
    if (typeof expected === 'function') {
      // `then` makes this object look like a promise: someone awaited or returned `when(...)`.
      throw new Error(
        'deciderSpec: finish with .then(events) or .thenThrows(code); do not await `when(...)`',
      );
    }
    const state = foldEvents(this.decider, this.history);
    let actual: readonly Event[];
    try {
      actual = this.decider.decide(this.command, state);
    } catch (error) {
      throw new Error(
        `deciderSpec: expected ${formatValue(expected)}\nbut ${this.command.type} threw ${describe(error)}`,
      );
    }
    const difference = findDifference(expected, actual);
    if (difference) {
      throw new Error(
        [
          `deciderSpec: ${this.command.type} emitted different events at ${difference.path}`,
          `  expected: ${formatValue(difference.expected)}`,
          `  actual:   ${formatValue(difference.actual)}`,
          `expected events: ${formatValue(expected)}`,
          `actual events:   ${formatValue(actual)}`,
        ].join('\n'),
      );
    }
    foldEvents(this.decider, actual, state);
  }

  /** Asserts a DomainError with `code` and (a subset of) `details`; returns it for further checks. */
  thenThrows(code: DomainErrorCode, details: DomainErrorDetails = {}): DomainError {
    const state = foldEvents(this.decider, this.history);
    let events: readonly Event[];
    try {
      events = this.decider.decide(this.command, state);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== code) {
        throw new Error(
          `deciderSpec: expected ${code} from ${this.command.type} but it threw ${describe(error)}`,
        );
      }
      const difference = findDifference(details, pick(error.details, Object.keys(details)));
      if (difference) {
        throw new Error(
          `deciderSpec: ${code} details differ at ${difference.path}: ` +
            `expected ${formatValue(difference.expected)}, ` +
            `actual ${formatValue(difference.actual)}\nall details: ${formatValue(error.details)}`,
        );
      }
      return error;
    }
    throw new Error(
      `deciderSpec: expected ${code} from ${this.command.type} but it emitted ${formatValue(events)}`,
    );
  }
}

function describe(error: unknown): string {
  if (error instanceof DomainError) return `${error.code} (${error.message}) ${formatValue(error.details)}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : formatValue(error);
}

function pick(source: DomainErrorDetails, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, source[key]]));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
