/** Ids the server chose (a member's personId, an expenditure id), by the plan's own key. */
export type IdBook = ReadonlyMap<string, string>;

/**
 * One GraphQL mutation of the plan. `key` names the step: the command id derives from the seed,
 * the year and the key, so a re-run sends the same command ids and the server answers them as
 * already done. Record ids (case, application, claim, visit…) are chosen by the plan the same way;
 * only ids the server derives itself (persons, expenditures) are read back, through `saveAs`.
 */
export interface PlannedCommand {
  readonly key: string;
  /** The mutation field; its input type is the field name capitalised + 'Input'. */
  readonly mutation: string;
  /** The demo user acting (x-careledger-user). */
  readonly actor: string;
  readonly input: Readonly<Record<string, unknown>> | ((ids: IdBook) => Readonly<Record<string, unknown>>);
  /** Keep the result's createdId under this key. */
  readonly saveAs?: string;
}

/** Commands sent one after the other (one stream, or each needing the one before). */
export type PlannedTask = readonly PlannedCommand[];

/** Tasks that may run side by side; a phase starts when the one before has finished. */
export interface PlannedPhase {
  readonly name: string;
  readonly tasks: readonly PlannedTask[];
}

export const COUNTY_OFFICER = 'county-officer';

/** Who acts for a township: its caseworker where the demo has one, else the county officer. */
export type ActorFor = (township: string | null) => string;

export const countCommands = (phases: readonly PlannedPhase[]): number =>
  phases.reduce((n, phase) => n + phase.tasks.reduce((m, task) => m + task.length, 0), 0);
