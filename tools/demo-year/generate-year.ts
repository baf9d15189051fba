import type { SubsidyRules } from '@careledger/domain-nursing-subsidy';
import { expectedReport, type ExpectedReport } from './expected-report';
import { GraphQLClient } from './graphql-client';
import { planYear, type DemoUser } from './plan/year.plan';
import { countCommands } from './planned-command';
import { ProgressBar } from './progress-bar';
import { runPlan } from './run-plan';
import { seededId } from './seeded-random';
import { profileOf } from './year-profile';

export interface GenerateOptions {
  readonly url: string;
  readonly seed: string;
  readonly year: number;
  readonly concurrency: number;
  /** Where progress and warnings go (null: silent). */
  readonly log?: NodeJS.WriteStream | null;
}

export interface GenerateSummary {
  readonly commands: number;
  readonly families: number;
  readonly members: number;
  readonly seconds: number;
  readonly commandsPerSecond: number;
  /** Events the run appended (0 when the same seed had already run against this store). */
  readonly eventsAppended: number;
  readonly headPosition: number;
  readonly donations: boolean;
  /** The report the year should show, worked out from the commands sent (not from the API). */
  readonly expected: ExpectedReport;
}

type RuleSetDto = { [K in keyof SubsidyRules]: SubsidyRules[K] | null };

const SETUP = `{
  townships { code name }
  users { id name role township }
  subsidyRules { effectiveFrom dailyRateFen dayCounting capPerStayDays capPerPersonPerYearDays capPerPersonPerYearFen noticeRequired noticeDays eligibleGrades }
}`;

/**
 * Generates one year of the county through the running API's own mutations. Everything derives
 * from the seed, so a second run sends the same commands with the same ids and appends nothing.
 */
export async function generateYear(options: GenerateOptions): Promise<GenerateSummary> {
  const log = options.log === undefined ? process.stderr : options.log;
  const client = new GraphQLClient(options.url);
  const setup = await client.request<{ townships: { code: string; name: string }[]; users: DemoUser[]; subsidyRules: RuleSetDto[] }>(SETUP);
  const mutations = await client.fieldsOf('Mutation');
  const withDonations = mutations.has('recordDonation') && mutations.has('reverseDonation');
  if (!withDonations) log?.write('warning: this API has no recordDonation mutation yet; the donations of the year are skipped\n');
  const subsidyRules = setup.subsidyRules.map(
    (r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)) as unknown as SubsidyRules,
  );
  const plan = planYear({ seed: options.seed, profile: profileOf(options.year), townships: setup.townships, users: setup.users, subsidyRules, withDonations });
  await refuseAnotherCounty(client, plan.families[0]!.caseId, options);
  const total = countCommands(plan.phases);
  const headBefore = await client.headPosition();
  const started = Date.now();
  await runPlan(client, plan.phases, {
    concurrency: options.concurrency,
    commandId: (key, year) => seededId(options.seed, year ?? options.year, `command:${key}`),
    progress: new ProgressBar(total, log),
  });
  const seconds = (Date.now() - started) / 1000;
  const headPosition = await client.headPosition();
  return {
    commands: total,
    families: plan.families.length,
    members: plan.families.reduce((n, f) => n + f.members.length, 0),
    seconds,
    commandsPerSecond: total / seconds,
    eventsAppended: headPosition - headBefore,
    headPosition,
    donations: withDonations,
    expected: expectedReport(plan.phases, options.year),
  };
}

/**
 * The generator writes a county of its own: on a store that already holds cases which are not
 * this seed's and year's (another year, another seed, the small demo), the families would mix and
 * the previous year's donation batches collide. It stops before sending anything. The same seed
 * and year again is fine: the commands are answered as already done.
 */
async function refuseAnotherCounty(client: GraphQLClient, firstCaseId: string, options: GenerateOptions): Promise<void> {
  const data = await client.request<{ mine: { id: string } | null; any: { totalCount: number } }>(
    'query($id: ID!) { mine: case(id: $id) { id } any: cases(first: 1) { totalCount } }',
    { id: firstCaseId },
  );
  if (data.any.totalCount > 0 && data.mine === null) {
    throw new Error(
      `this store already holds ${data.any.totalCount} case files that are not year ${options.year} of seed "${options.seed}": ` +
        'generate into an empty data directory (DATA_DIR) instead',
    );
  }
}
