/**
 * A message of the domain: a discriminating `type` and plain readonly `data`.
 * Kept as data (not classes) so it serialises to the event store unchanged.
 */
export type DomainMessage<Type extends string = string, Data = unknown> = {
  readonly type: Type;
  readonly data: Data;
};

/** Something that happened, named in the past tense (`MemberRegistered`). */
export type DomainEvent<Type extends string = string, Data = unknown> = DomainMessage<Type, Data>;

/** An intention, named in the imperative (`RegisterMember`). Ids and dates arrive on it. */
export type DomainCommand<Type extends string = string, Data = unknown> = DomainMessage<Type, Data>;

/**
 * The three pure functions of an event-sourced aggregate.
 *
 * `decide` must be deterministic: a concurrency retry re-runs it on fresher state, so it may not
 * read the clock, generate ids or do I/O. It returns `[]` when the command is already satisfied
 * (idempotence) and throws a `DomainError` to refuse. `evolve` folds stored history and therefore
 * must accept every event it has ever emitted, without throwing.
 *
 * @example
 *   const state = foldEvents(careCaseDecider, history);
 *   const events = careCaseDecider.decide(command, state);
 */
export interface Decider<Command extends DomainCommand, Event extends DomainEvent, State> {
  decide(command: Command, state: State): readonly Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Rebuilds state from history: what every command handler does before `decide`. */
export function foldEvents<Event extends DomainEvent, State>(
  decider: Pick<Decider<never, Event, State>, 'evolve' | 'initialState'>,
  events: readonly Event[],
  from: State = decider.initialState(),
): State {
  return events.reduce((state, event) => decider.evolve(state, event), from);
}
