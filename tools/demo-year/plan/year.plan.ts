import type { SubsidyRules } from '@careledger/domain-nursing-subsidy';
import { type ActorFor, COUNTY_OFFICER, type PlannedPhase, type PlannedTask, sentFirstIn } from '../planned-command';
import { SeededRandom, seededId } from '../seeded-random';
import { profileOf, type YearProfile } from '../year-profile';
import { careTask, planActivities, planVisits } from './care.plan';
import { familyTasks, insureFirst, planFamilies, planNewFamilies, type PlannedFamily, type PlannedMember, type Township } from './families.plan';
import { claimTask, planClaims, policyTask } from './insurance.plan';
import { basicFundTask, careFundSetupTask, donationTasks, targetsTask } from './ledger.plan';
import { establishedAdults } from './people';
import { planApplications } from './subsidy.plan';
import { subsidyTask } from './subsidy.task';

export interface DemoUser {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly township: string | null;
}

export interface YearPlanInput {
  readonly seed: string;
  readonly profile: YearProfile;
  readonly townships: readonly Township[];
  readonly users: readonly DemoUser[];
  readonly subsidyRules: readonly SubsidyRules[];
  /** Whether the API has the donation mutations yet (recordDonation). */
  readonly withDonations: boolean;
}

export interface YearPlan {
  readonly phases: readonly PlannedPhase[];
  /** The families on file in the year, with their living members (insured or not this year). */
  readonly families: readonly PlannedFamily[];
  /** What the next year re-sends under this year's command ids: the county it continues. */
  readonly onFile: OnFile;
}

/** The county as a continuing year finds it: families registered, deaths recorded, the giving of the year before. */
interface OnFile {
  /** Every family ever opened, with every member ever registered (the living and the dead). */
  readonly families: readonly PlannedFamily[];
  readonly familyTasks: readonly PlannedTask[];
  readonly deaths: PlannedTask;
  readonly deceased: ReadonlySet<PlannedMember['key']>;
  /** The year's own giving (null without the donation mutations): the next year's previous-year figure. */
  readonly donations: PlannedTask | null;
}

/**
 * The whole year as commands, from the seed alone: families first (a continuing year re-sends the
 * county of the year before and adds its new families); then the ledgers that others
 * depend on (policy and enrolments, funds, targets, donations); then the year's care work
 * (subsidy applications, claims, and the visits and activities charged to the care-action fund).
 */
export function planYear(input: YearPlanInput): YearPlan {
  const { seed, profile } = input;
  const { year } = profile;
  const root = new SeededRandom(`${seed}/${year}`);
  const id = (kind: string) => (n: number) => seededId(seed, year, `${kind}:${n}`);
  const caseworkers = input.users.filter((u) => u.role === 'caseworker' && u.township !== null);
  const actorFor: ActorFor = (township) => caseworkers.find((u) => u.township === township)?.id ?? COUNTY_OFFICER;
  const caseworkerNames = new Map(caseworkers.map((u) => [u.township!, u.name]));

  // A continuing year finds the county of the year before (re-sent under that year's command ids,
  // so a store that has it answers "already done") and adds the families opened in the year.
  const before = profile.continues === null ? null : planYear({ ...input, profile: profileOf(profile.continues) }).onFile;
  const insured = profile.figures['insurance.enrolledCount'];
  let families: PlannedFamily[];
  let newFamilies: PlannedFamily[];
  if (before) {
    newFamilies = planNewFamilies(root.fork('families'), input.townships, caseworkerNames, before.families, profile.newFamilies, year, id('case'));
    const living = [...before.families, ...newFamilies].map((f) => ({ ...f, members: f.members.filter((m) => !before.deceased.has(m.key)) }));
    families = insureFirst(living.filter((f) => f.members.length > 0), insured);
  } else {
    families = planFamilies(root.fork('families'), input.townships, caseworkerNames, insured, year, id('case'));
    newFamilies = families;
  }
  const cast = root.fork('cast');
  const adults = cast.shuffle(establishedAdults(families, year).filter((p) => p.member.relation !== 'GRANDCHILD'));
  // One elderly insured head dies in November; nobody else's record names them.
  const deceased = adults.find((p) => p.member.insured && p.member.relation === 'HEAD' && p.member.birthDate < '1950-01-01') ?? adults.find((p) => p.member.insured)!;
  const living = adults.filter((p) => p.family !== deceased.family);
  const applications = planApplications(root.fork('subsidy'), input.subsidyRules, living, profile, id('subsidy'));
  const claims = planClaims(root.fork('claims'), cast.shuffle(living.filter((p) => p.member.insured)), profile, id('claim'));
  const established = families.filter((f) => f.openedOn < `${year}-01-01` && f !== deceased.family);
  const visits = planVisits(root.fork('visits'), established, profile, id('visit'));
  const bereaved = living.filter((p) => p.family.category === 'BEREAVED');
  const activities = planActivities(root.fork('activities'), bereaved, profile, id('activity'), input.townships[0]!);
  const contactOf = new Map(families.map((f) => [f.township, f.contacts.township]));

  const steps = root.fork('steps');
  const policy = policyTask(families, deceased, profile, actorFor);
  const ledgers = [policy, basicFundTask(root.fork('basic-fund'), profile), careFundSetupTask(profile), targetsTask(profile)];
  if (before && before.deaths.length > 0) ledgers.push(before.deaths);
  const giving = input.withDonations ? donationTasks(root.fork('donations'), profile, before?.donations ?? null) : null;
  if (giving) ledgers.push(giving.before, giving.current);
  const thisYearsFamilies = familyTasks(newFamilies, actorFor);
  return {
    families,
    onFile: {
      families: [...(before?.families ?? []), ...newFamilies],
      familyTasks: [...(before?.familyTasks ?? []), ...thisYearsFamilies.map((t) => sentFirstIn(t, year))],
      deaths: [...(before?.deaths ?? []), ...sentFirstIn(policy.filter((c) => c.mutation === 'recordMemberDeath'), year)],
      deceased: new Set([...(before?.deceased ?? []), deceased.member.key]),
      donations: giving ? sentFirstIn(giving.current, year) : null,
    },
    phases: [
      { name: 'families', tasks: [...(before?.familyTasks ?? []), ...thisYearsFamilies] },
      { name: 'ledgers', tasks: ledgers },
      {
        name: 'care',
        tasks: [
          careTask(visits, activities, `${year}-care-action`, profile, actorFor, (t) => contactOf.get(t) ?? '王军', steps.fork('care')),
          ...applications.map((a) => subsidyTask(a, input.subsidyRules, actorFor, steps.fork(`subsidy:${a.n}`), year)),
          ...claims.map((c) => claimTask(c, actorFor, steps.fork(`claim:${c.n}`))),
        ],
      },
    ],
  };
}
