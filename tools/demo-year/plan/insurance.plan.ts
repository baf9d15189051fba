import { addDays, dayIn } from '../civil-days';
import { type ActorFor, COUNTY_OFFICER, type PlannedCommand, type PlannedTask } from '../planned-command';
import type { SeededRandom } from '../seeded-random';
import type { YearProfile } from '../year-profile';
import { personKey, type PlannedFamily } from './families.plan';
import type { Person } from './people';

type ClaimOutcome = 'settled' | 'reported' | 'documents' | 'sent' | 'rejected' | 'withdrawn';

export interface PlannedClaim {
  readonly n: number;
  readonly claimId: string;
  readonly person: Person;
  readonly eventType: 'HOSPITALISATION' | 'ACCIDENT' | 'DISABILITY';
  readonly eventOn: string;
  readonly description: string;
  readonly outcome: ClaimOutcome;
  readonly amountFen: number;
}

const DESCRIPTIONS = {
  HOSPITALISATION: ['高血压合并脑梗塞住院治疗', '慢性阻塞性肺病急性加重住院', '冠心病住院治疗', '糖尿病并发症住院治疗', '胆结石手术住院', '肺部感染住院治疗', '白内障手术住院'],
  ACCIDENT: ['在家中跌倒致右腕骨折', '农田劳作时摔伤致肋骨骨折', '骑电动车摔倒致左腿骨折'],
  DISABILITY: ['意外伤害致右手功能障碍，经鉴定为十级伤残'],
} as const;

/**
 * The year's claims: the profile's settled persons for its settled amount (a few of them settled
 * twice, so persons are counted, not claims), the ones still in progress at year end (reported,
 * documents in, with the insurer), and some rejected or withdrawn.
 */
export function planClaims(rng: SeededRandom, claimants: readonly Person[], profile: YearProfile, claimId: (n: number) => string): PlannedClaim[] {
  const { year, figures, claims: shape } = profile;
  const settledPersons = figures['insurance.claimsSettledPersons'];
  if (shape.reported + shape.documents + shape.sent !== figures['insurance.claimsInProgress']) throw new Error('the profile\'s claims in progress do not add up');
  const settledClaims = settledPersons + shape.settledTwice;
  const outcomes: ClaimOutcome[] = [
    ...Array<ClaimOutcome>(settledClaims).fill('settled'),
    ...Array<ClaimOutcome>(shape.reported).fill('reported'),
    ...Array<ClaimOutcome>(shape.documents).fill('documents'),
    ...Array<ClaimOutcome>(shape.sent).fill('sent'),
    ...Array<ClaimOutcome>(shape.rejected).fill('rejected'),
    ...Array<ClaimOutcome>(shape.withdrawn).fill('withdrawn'),
  ];
  if (claimants.length < outcomes.length) throw new Error('not enough insured persons for the claims');
  const amounts = rng.partition(figures['insurance.claimsSettledFen'], settledClaims, 20_000, 200_000);
  return outcomes.map((outcome, n) => {
    // The settled claims past the first `settledPersons` are second ones of the first claimants.
    const second = outcome === 'settled' && n >= settledPersons;
    const person = second ? claimants[n - settledPersons]! : claimants[n]!;
    const eventType = rng.chance(0.75) ? 'HOSPITALISATION' : rng.chance(0.85) ? 'ACCIDENT' : 'DISABILITY';
    const late = outcome !== 'settled' && outcome !== 'rejected';
    const eventOn = late ? dayIn(rng, `${year}-09-01`, `${year}-11-20`) : second ? dayIn(rng, `${year}-07-01`, `${year}-08-31`) : dayIn(rng, `${year}-01-10`, `${year}-06-30`);
    const description = rng.pick(DESCRIPTIONS[eventType]);
    return { n, claimId: claimId(n), person, eventType, eventOn, description, outcome, amountFen: outcome === 'settled' ? amounts[n]! : 0 };
  });
}

/** The policy (purchased at the end of the year before), the year's enrolments, and one death with its removal. */
export function policyTask(families: readonly PlannedFamily[], deceased: Person, profile: YearProfile, actorFor: ActorFor): PlannedTask {
  const { year } = profile;
  const county = COUNTY_OFFICER;
  const commands: PlannedCommand[] = [
    {
      key: 'policy:purchase',
      mutation: 'purchasePolicy',
      actor: county,
      input: {
        year,
        insurer: '中国人寿保险股份有限公司怀化分公司',
        product: '计生特殊家庭健康综合保险',
        premiumPerPersonFen: profile.premiumPerPersonFen,
        coverageFrom: `${year}-01-01`,
        coverageTo: `${year}-12-31`,
        purchasedOn: `${year - 1}-12-20`,
        targetEnrolment: profile.figures['insurance.enrolledCount'],
      },
    },
  ];
  for (const family of families) {
    // A family opened during the year is insured from its opening day.
    const from = family.openedOn >= `${year}-01-01` ? family.openedOn : null;
    for (const member of family.members.filter((m) => m.insured)) {
      commands.push({
        key: `policy:enrol:${member.key}`,
        mutation: 'enrolMember',
        actor: county,
        input: (ids) => ({ year, caseId: family.caseId, personId: ids.get(personKey(member)), enrolledOn: from ?? `${year - 1}-12-28`, coverageFrom: from ?? `${year}-01-01` }),
      });
    }
  }
  const diedOn = `${year}-11-02`;
  const { family, member } = deceased;
  commands.push(
    { key: 'policy:death', mutation: 'recordMemberDeath', actor: actorFor(family.township), input: (ids) => ({ caseId: family.caseId, personId: ids.get(personKey(member)), diedOn, businessDate: addDays(diedOn, 3) }) },
    { key: 'policy:remove-deceased', mutation: 'removeMember', actor: county, input: (ids) => ({ year, caseId: family.caseId, personId: ids.get(personKey(member)), reason: 'DECEASED', removedOn: diedOn, note: `${year}年11月2日因病去世` }) },
  );
  return commands;
}

const DOCUMENTS = {
  HOSPITALISATION: ['CLAIM_FORM', 'IDENTITY_PROOF', 'MEDICAL_INVOICE', 'DISCHARGE_SUMMARY', 'BANK_ACCOUNT'],
  ACCIDENT: ['CLAIM_FORM', 'IDENTITY_PROOF', 'ACCIDENT_PROOF', 'MEDICAL_INVOICE', 'BANK_ACCOUNT'],
  DISABILITY: ['CLAIM_FORM', 'IDENTITY_PROOF', 'ACCIDENT_PROOF', 'DISABILITY_ASSESSMENT', 'BANK_ACCOUNT'],
} as const;

/** A claim as far as it got: reported by the township, then documents, the insurer, the outcome. */
export function claimTask(claim: PlannedClaim, actorFor: ActorFor, rng: SeededRandom): PlannedTask {
  const { person, claimId, outcome } = claim;
  const k = (step: string) => `claim:${claim.n}:${step}`;
  const township = actorFor(person.family.township);
  const reportedOn = addDays(claim.eventOn, rng.int(2, 12));
  const submittedOn = addDays(reportedOn, rng.int(3, 10));
  const sentOn = addDays(submittedOn, rng.int(2, 6));
  const decidedOn = addDays(sentOn, rng.int(10, 35));
  const task: PlannedCommand[] = [
    {
      key: k('report'),
      mutation: 'reportClaim',
      actor: township,
      input: (ids) => ({ claimId, caseId: person.family.caseId, personId: ids.get(personKey(person.member)), eventType: claim.eventType, eventOn: claim.eventOn, reportedOn, description: claim.description, policyYear: Number(claim.eventOn.slice(0, 4)) }),
    },
  ];
  if (outcome === 'reported') return task;
  if (outcome === 'withdrawn') return [...task, { key: k('withdraw'), mutation: 'withdrawClaim', actor: township, input: { claimId, reason: '家属表示费用已由大病保险全额报销，申请撤回', businessDate: submittedOn } }];
  task.push({ key: k('documents'), mutation: 'submitClaimDocuments', actor: township, input: { claimId, documents: DOCUMENTS[claim.eventType], submittedOn } });
  if (outcome === 'documents') return task;
  task.push({ key: k('send'), mutation: 'sendClaimToInsurer', actor: COUNTY_OFFICER, input: { claimId, sentOn, insurerRef: `GPIC-${sentOn.replaceAll('-', '')}-${String(claim.n + 1).padStart(3, '0')}` } });
  if (outcome === 'sent') return task;
  if (outcome === 'rejected') {
    return [...task, { key: k('reject'), mutation: 'rejectClaim', actor: COUNTY_OFFICER, input: { claimId, rejectedOn: decidedOn, reason: '保险公司审核：所患疾病为投保前既往症，不属于保险责任范围' } }];
  }
  return [...task, { key: k('settle'), mutation: 'settleClaim', actor: COUNTY_OFFICER, input: { claimId, settledOn: decidedOn, amountFen: claim.amountFen } }];
}
