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
  /**
   * The year whose plan first sends it, when that is an earlier year than the one being run: a
   * continuing year re-sends the families (and the giving) of the year before under that year's
   * command ids, so a store that has them answers "already done" with their ids.
   */
  readonly year?: number;
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

/** The task with every command not yet placed in a year placed in `year` (keeps earlier years' ids). */
export const sentFirstIn = (task: PlannedTask, year: number): PlannedTask => task.map((c) => (c.year === undefined ? { ...c, year } : c));

export const countCommands = (phases: readonly PlannedPhase[]): number =>
  phases.reduce((n, phase) => n + phase.tasks.reduce((m, task) => m + task.length, 0), 0);
