import type { Decider } from '../decider';
import { DomainError, validationFailed } from '../domain-error';
import { deciderSpec } from './decider-spec';

// A tally that can be opened once and added to: just enough to exercise the helper.
type Command = { type: 'Open'; data: { id: string } } | { type: 'Add'; data: { by: number } };
type Event =
  | { type: 'Opened'; data: { id: string } }
  | { type: 'Added'; data: { by: number; note?: string } };
type State = { open: boolean; total: number };

const tally: Decider<Command, Event, State> = {
  initialState: () => ({ open: false, total: 0 }),
  evolve: (state, event) =>
    event.type === 'Opened' ? { ...state, open: true } : { ...state, total: state.total + event.data.by },
  decide: (command, state) => {
    if (command.type === 'Open') return state.open ? [] : [{ type: 'Opened', data: command.data }];
    if (!state.open) throw new DomainError('CASE_NOT_FOUND', 'not open');
    if (command.data.by <= 0) throw validationFailed('by', 'must be positive');
    return [{ type: 'Added', data: { by: command.data.by } }];
  },
};

const spec = deciderSpec(tally);
const opened: Event = { type: 'Opened', data: { id: 't1' } };
const open: Command = { type: 'Open', data: { id: 't1' } };
const add = (by: number): Command => ({ type: 'Add', data: { by } });
const added = (by: number): Event => ({ type: 'Added', data: { by } });

describe('deciderSpec', () => {
  it('passes when the emitted events are equal (key order and undefined properties ignored)', () => {
    spec.given([opened]).when(add(2)).then([{ type: 'Added', data: { note: undefined, by: 2 } }]);
    spec.given([opened]).when(open).then([]);
  });

  it('fails with the path and both values when events differ', () => {
    expect(() => spec.given([opened]).when(add(2)).then([added(3)])).toThrow(
      /at \[0\]\.data\.by\n {2}expected: 3\n {2}actual: {3}2/,
    );
  });

  it('fails when more or fewer events are emitted', () => {
    expect(() => spec.given([opened]).when(open).then([opened])).toThrow(/at \[0\]/);
    expect(() => spec.given([]).when(open).then([])).toThrow(/at \[0\]/);
  });

  it('fails when events were expected but decide refused', () => {
    expect(() => spec.given([]).when(add(1)).then([])).toThrow(/threw CASE_NOT_FOUND/);
  });

  it('thenThrows passes on the expected code and details subset, returning the error', () => {
    const error = spec.given([opened]).when(add(0)).thenThrows('VALIDATION_FAILED', { field: 'by' });
    expect(error.message).toBe('must be positive');
  });

  it('thenThrows fails on another code, other details, or no refusal', () => {
    const when = (by: number) => spec.given([opened]).when(add(by));
    expect(() => when(0).thenThrows('CASE_NOT_FOUND')).toThrow(/CASE_NOT_FOUND .* threw VALIDATION_FAILED/);
    expect(() => when(0).thenThrows('VALIDATION_FAILED', { field: 'total' })).toThrow(/differ at field/);
    expect(() => when(1).thenThrows('VALIDATION_FAILED')).toThrow(/but it emitted/);
  });

  it('catches a decider that mutates its command', () => {
    const mutating: Decider<Command, Event, State> = {
      ...tally,
      decide: (command) => {
        (command.data as { by: number }).by = 1;
        return [];
      },
    };
    expect(() => deciderSpec(mutating).given([]).when(add(2)).then([])).toThrow(/read only|read-only/);
  });

  it('refuses to be awaited by mistake', () => {
    const expectation = spec.given([opened]).when(add(1));
    const thenable = expectation as unknown as { then: (resolve: () => void) => void };
    expect(() => thenable.then(() => undefined)).toThrow(/do not await/);
  });
});
