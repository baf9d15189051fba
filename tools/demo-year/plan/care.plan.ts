import { addDays, dayIn } from '../civil-days';
import { type ActorFor, COUNTY_OFFICER, type PlannedCommand, type PlannedTask } from '../planned-command';
import type { SeededRandom } from '../seeded-random';
import type { VisitType, YearProfile } from '../year-profile';
import { personKey, type PlannedFamily, type Township } from './families.plan';
import type { Person } from './people';

export interface PlannedVisit {
  readonly n: number;
  readonly visitId: string;
  readonly visitType: VisitType;
  readonly visitedOn: string;
  readonly township: string;
  readonly families: readonly PlannedFamily[];
  readonly reached: Person[];
  readonly cashAidFen: number;
  readonly voided: boolean;
}

export interface PlannedActivity {
  readonly n: number;
  readonly activityId: string;
  readonly heldOn: string;
  readonly topic: string;
  readonly venueName: string;
  readonly township: string | null;
  readonly attendees: readonly Person[];
  readonly cashAidFen: number;
}

/** Cash handed over per family visited, by kind of visit (counselling and surveys bring none). */
const CASH_PER_FAMILY: Record<VisitType, number> = { HOLIDAY: 50_000, HOME: 50_000, BIRTHDAY: 30_000, HOSPITAL: 100_000, EMERGENCY: 200_000, COUNSELLING: 0, NEEDS_SURVEY: 0 };
const ACTIVITY_CASH_PER_PERSON = 20_000;

/**
 * The profile's visits reaching its person-times (2023: 24 visits, 126 person-times): holiday
 * rounds (春节, 中秋, 重阳) through several families of one township, single visits to one
 * family; not everyone is home, so a few members are not reached. Plus one visit recorded twice
 * by mistake and voided.
 */
export function planVisits(rng: SeededRandom, families: readonly PlannedFamily[], profile: YearProfile, visitId: (n: number) => string): PlannedVisit[] {
  const { year } = profile;
  const { holidayRounds, singles } = profile.visits;
  const byTownship = new Map<string, PlannedFamily[]>();
  for (const f of families) byTownship.set(f.township, [...(byTownship.get(f.township) ?? []), f]);
  // Holiday rounds go to different townships with enough families.
  const big = rng.shuffle([...byTownship.entries()].filter(([, fs]) => fs.length >= 12).map(([code]) => code));
  if (big.length === 0) throw new Error('no township has enough families for a holiday round');
  const used = new Set<PlannedFamily>();
  const take = (township: string): PlannedFamily => {
    const free = byTownship.get(township)!.filter((f) => !used.has(f));
    if (free.length === 0) throw new Error(`no family of ${township} left to visit`);
    const f = rng.pick(free);
    used.add(f);
    return f;
  };
  const visits: PlannedVisit[] = [];
  const add = (visitType: VisitType, visitedOn: string, fs: PlannedFamily[], voided = false) => {
    const n = visits.length;
    const reached = fs.flatMap((family) => family.members.map((member) => ({ family, member })));
    visits.push({ n, visitId: visitId(n), visitType, visitedOn, township: fs[0]!.township, families: fs, reached, cashAidFen: CASH_PER_FAMILY[visitType] * fs.length, voided });
  };
  for (const [i, [from, to]] of holidayRounds.entries()) {
    const township = big[i % big.length]!;
    add('HOLIDAY', dayIn(rng, `${year}-${from}`, `${year}-${to}`), Array.from({ length: rng.int(6, 7) }, () => take(township)));
  }
  for (const visitType of singles) add(visitType, dayIn(rng, `${year}-02-01`, `${year}-12-15`), [take(rng.pick([...byTownship.keys()].filter((t) => byTownship.get(t)!.some((f) => !used.has(f)))))]);
  const target = profile.figures['visits.personTimes'];
  const sum = () => visits.reduce((s, v) => s + v.reached.length, 0);
  const hasFree = (township: string) => byTownship.get(township)!.some((f) => !used.has(f));
  for (let i = 0; sum() < target; i++) {
    const v = visits[i % holidayRounds.length]!;
    // A round whose township has no family left stops growing; the others take more.
    if (!hasFree(v.township)) {
      if (!visits.slice(0, holidayRounds.length).some((round) => hasFree(round.township))) throw new Error(`the holiday rounds ran out of families before ${target} person-times`);
      continue;
    }
    const f = take(v.township);
    (v.families as PlannedFamily[]).push(f);
    v.reached.push(...f.members.map((member) => ({ family: f, member })));
  }
  // Not everyone is at home: drop members of families where someone else was met.
  while (sum() > target) {
    const v = rng.pick(visits);
    const i = rng.int(0, v.reached.length - 1);
    const family = v.reached[i]!.family;
    if (v.reached.filter((p) => p.family === family).length > 1) v.reached.splice(i, 1);
  }
  const first = visits[0]!;
  add('HOME', first.visitedOn, [first.families[0]!], true);
  return visits.map((v) => ({ ...v, cashAidFen: CASH_PER_FAMILY[v.visitType] * v.families.length }));
}

/**
 * The profile's collective activities at the warm-heart home (2023: 16 and 14 attendees, four at
 * both, 26 persons): each takes the next attendees from one pool of the year's distinct persons,
 * going round it, so the ones at more than one activity come from the start of the pool.
 */
export function planActivities(rng: SeededRandom, people: readonly Person[], profile: YearProfile, activityId: (n: number) => string, countySeat: Township): PlannedActivity[] {
  const { year } = profile;
  const distinct = profile.figures['activities.distinctPersons'];
  const pool = rng.shuffle(people).slice(0, distinct);
  const seats = profile.activities.reduce((n, a) => n + a.attendees, 0);
  if (pool.length < distinct || seats < distinct) throw new Error(`the activities cannot reach ${distinct} distinct persons`);
  let next = 0;
  return profile.activities.map((spec, n) => {
    const attendees = Array.from({ length: spec.attendees }, () => pool[next++ % distinct]!);
    // One held by the county seat's association counts for that township too, not only the county.
    const township = spec.inCountySeat ? countySeat.code : null;
    const heldOn = dayIn(rng, `${year}-${spec.on[0]}`, `${year}-${spec.on[1]}`);
    const venueName = spec.inCountySeat ? `${countySeat.name}暖心家园` : '辰溪县暖心家园';
    return { n, activityId: activityId(n), heldOn, topic: spec.topic, venueName, township, attendees, cashAidFen: attendees.length * ACTIVITY_CASH_PER_PERSON };
  });
}

const SPECIAL_ITEMS: readonly [string, string][] = [
  ['03-15', '暖心家园功能室配套设施购置'],
  ['05-20', '“5.29”会员活动日宣传资料印刷及场地布置'],
  ['07-11', '“7.11”世界人口日宣传活动'],
  ['08-25', '乡镇计生协专干阳光审批系统操作培训'],
  ['12-20', '计生特殊家庭心理健康讲座及慰问物资'],
];

/**
 * The care-action fund's spending in date order on its one stream: each visit's and activity's
 * cash aid is charged by the API itself; the special items take what is left of the profile's
 * spending (2023: the fund ends the year exactly spent; 2024 keeps a balance). The voided
 * duplicate visit is charged and then reversed by its void.
 */
export function careTask(visits: readonly PlannedVisit[], activities: readonly PlannedActivity[], fundId: string, profile: YearProfile, actorFor: ActorFor, visitorName: (township: string) => string, rng: SeededRandom): PlannedTask {
  const { year } = profile;
  const aid = [...visits.filter((v) => !v.voided), ...activities].reduce((s, x) => s + x.cashAidFen, 0);
  const rest = profile.figures['funds.careActionSpentFen'] - aid;
  if (rest < SPECIAL_ITEMS.length * 100_000) throw new Error(`visits and activities use ${aid} fen: too much for the care-action fund`);
  const items = rng.partition(rest / 100, SPECIAL_ITEMS.length, 1_000, rest / 100).map((yuan) => yuan * 100);
  const dated: [string, PlannedCommand][] = [];
  for (const v of visits) {
    const goods = v.visitType === 'HOLIDAY' ? [{ description: '大米（25公斤）', quantity: v.families.length, valueFen: v.families.length * 12_000 }, { description: '食用油（5升）', quantity: v.families.length, valueFen: v.families.length * 8_000 }] : [];
    dated.push([v.visitedOn, {
      key: `visit:${v.n}`,
      mutation: 'recordVisit',
      actor: actorFor(v.township),
      input: (ids) => ({
        visitId: v.visitId, visitType: v.visitType, visitedOn: v.visitedOn, township: v.township, visitors: [visitorName(v.township), '王军'],
        caseIds: v.families.map((f) => f.caseId), personsReached: v.reached.map((p) => ({ caseId: p.family.caseId, personId: ids.get(personKey(p.member)) })),
        needsFound: v.visitType === 'NEEDS_SURVEY' ? ['希望定期上门测量血压', '希望帮助申请居家养老服务'] : [], goods,
        cashAidFen: v.cashAidFen, fundId: v.cashAidFen > 0 ? fundId : null,
      }),
    }]);
    if (v.voided) dated.push([addDays(v.visitedOn, 3), { key: `visit:${v.n}:void`, mutation: 'voidVisit', actor: actorFor(v.township), input: { visitId: v.visitId, reason: '与同日走访记录重复，系重复录入' } }]);
  }
  for (const a of activities) {
    dated.push([a.heldOn, {
      key: `activity:${a.n}`,
      mutation: 'holdActivity',
      actor: COUNTY_OFFICER,
      input: (ids) => ({
        activityId: a.activityId, venueKind: 'WARM_HEART_HOME', venueName: a.venueName, heldOn: a.heldOn, topic: a.topic, township: a.township,
        attendees: a.attendees.map((p) => ({ caseId: p.family.caseId, personId: ids.get(personKey(p.member)) })), cashAidFen: a.cashAidFen, fundId,
      }),
    }]);
  }
  SPECIAL_ITEMS.forEach(([md, description], i) => {
    dated.push([`${year}-${md}`, { key: `care-fund:special:${i}`, mutation: 'recordExpenditure', actor: COUNTY_OFFICER, input: { fundId, category: 'SPECIAL', amountFen: items[i]!, spentOn: `${year}-${md}`, description } }]);
  });
  return dated.sort((a, b) => a[0].localeCompare(b[0])).map(([, command]) => command);
}
