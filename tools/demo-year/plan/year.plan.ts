import type { SubsidyRules } from '@careledger/domain-nursing-subsidy';
import { type ActorFor, COUNTY_OFFICER, type PlannedPhase } from '../planned-command';
import { SeededRandom, seededId } from '../seeded-random';
import type { YearProfile } from '../year-profile';
import { careTask, planActivities, planVisits } from './care.plan';
import { familyTasks, planFamilies, type PlannedFamily, type Township } from './families.plan';
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
  readonly families: readonly PlannedFamily[];
}

/**
 * The whole year as commands, from the seed alone: families first; then the ledgers that others
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

  const families = planFamilies(root.fork('families'), input.townships, caseworkerNames, profile.figures['insurance.enrolledCount'], year, id('case'));
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
  const ledgers = [policyTask(families, deceased, profile, actorFor), basicFundTask(root.fork('basic-fund'), profile), careFundSetupTask(profile), targetsTask(profile)];
  if (input.withDonations) ledgers.push(...donationTasks(root.fork('donations'), profile));
  return {
    families,
    phases: [
      { name: 'families', tasks: familyTasks(families, actorFor) },
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
