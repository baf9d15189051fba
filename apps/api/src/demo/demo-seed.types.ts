import type { CommandBus } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { CommandContext } from '../shared/request-context';

/** Sends one command through the bus, as a user's mutation would. */
export type DemoRun = (command: Parameters<CommandBus['execute']>[0]) => Promise<CommandResult>;

/** A seeded demo case file, as each care domain's demo seeding receives it. */
export interface DemoCaseRef {
  readonly index: number;
  readonly caseId: string;
  readonly township: string;
  readonly openedOn: string;
  /** In registration order; a deceased member stays listed. */
  readonly personIds: readonly string[];
  /** The township caseworker (or the county officer) the case's commands are recorded against. */
  readonly ctx: CommandContext;
}

/**
 * One care domain's demo records, seeded after the case files. Command ids must be fixed
 * (`demo-<domain>-…`) so the demo is the same everywhere and an interrupted seed resumes.
 */
export type DomainDemoSeed = (run: DemoRun, cases: readonly DemoCaseRef[]) => Promise<void>;

/** The county officer, for county-level records (funds, policies, reviews). */
export const COUNTY_CONTEXT_ID = 'county-officer';
