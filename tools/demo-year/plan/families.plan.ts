import { buildResidentId } from '@careledger/domain-kernel';
import { cadreName, givenName, surname } from '../chinese-names';
import { addDays, dayIn } from '../civil-days';
import type { ActorFor, PlannedTask } from '../planned-command';
import type { SeededRandom } from '../seeded-random';

export type Category = 'BEREAVED' | 'DISABLED_CHILD' | 'SURGICAL_COMPLICATION';
export type Relation = 'HEAD' | 'SPOUSE' | 'CHILD' | 'GRANDCHILD';

export interface PlannedMember {
  readonly key: string;
  readonly name: string;
  readonly relation: Relation;
  readonly birthDate: string;
  readonly male: boolean;
  readonly idNumber: string;
  readonly phone: string | null;
  /** One of the policy's 560 insured persons. */
  readonly insured: boolean;
}

export interface PlannedFamily {
  readonly index: number;
  readonly caseId: string;
  readonly township: string;
  readonly townshipName: string;
  readonly village: string;
  readonly address: string;
  readonly category: Category;
  readonly openedOn: string;
  readonly members: readonly PlannedMember[];
  readonly contacts: { readonly township: string; readonly village: string };
}

export interface Township {
  readonly code: string;
  readonly name: string;
}

const VILLAGES = ['城南社区', '城北社区', '大坪村', '长田村', '石马村', '枫木村', '田湾村', '茶园村', '桥头村', '新建村', '龙头村', '板桥村', '岩头村', '中心村', '白岩村', '杉木村'];

/** The personId of a member, as the server answered its registration. */
export const personKey = (member: PlannedMember): string => `person:${member.key}`;

interface FamilyContext {
  readonly rng: SeededRandom;
  readonly townships: readonly Township[];
  readonly townshipContacts: ReadonlyMap<string, string>;
  readonly usedIds: Set<string>;
  readonly caseId: (index: number) => string;
}

/**
 * The county's special families: enough that exactly `insuredCount` members can be insured (every
 * member but grandchildren, in family order), the rest of the members not insured. The county
 * seat (辰阳镇) has the most families; a few families are new in the year.
 */
export function planFamilies(
  rng: SeededRandom,
  townships: readonly Township[],
  caseworkerNames: ReadonlyMap<string, string>,
  insuredCount: number,
  year: number,
  caseId: (index: number) => string,
): PlannedFamily[] {
  const context = familyContext(rng, townships, caseworkerNames, [], caseId);
  const families: PlannedFamily[] = [];
  let insurable = 0;
  while (insurable < insuredCount + 4) {
    const family = planFamily(context, families.length, year);
    families.push(family);
    insurable += family.members.filter((m) => m.relation !== 'GRANDCHILD').length;
  }
  return insureFirst(families, insuredCount);
}

/**
 * Families opened during a continuing year, numbered after the ones on file, with resident ids
 * unused by them.
 */
export function planNewFamilies(
  rng: SeededRandom,
  townships: readonly Township[],
  caseworkerNames: ReadonlyMap<string, string>,
  onFile: readonly PlannedFamily[],
  count: number,
  year: number,
  caseId: (index: number) => string,
): PlannedFamily[] {
  const context = familyContext(rng, townships, caseworkerNames, onFile, caseId);
  return Array.from({ length: count }, (_, i) => planFamily(context, onFile.length + i, year, dayIn(rng, `${year}-01-10`, `${year}-06-30`)));
}

/** The first `count` insurable members (not grandchildren) insured, in family order; nobody else. */
export function insureFirst(families: readonly PlannedFamily[], count: number): PlannedFamily[] {
  let left = count;
  const insured = families.map((f) => ({
    ...f,
    members: f.members.map((m) => {
      const insure = m.relation !== 'GRANDCHILD' && left > 0;
      if (insure) left -= 1;
      return { ...m, insured: insure };
    }),
  }));
  if (left > 0) throw new Error(`only ${count - left} members can be insured, not ${count}`);
  return insured;
}

function familyContext(rng: SeededRandom, townships: readonly Township[], caseworkerNames: ReadonlyMap<string, string>, onFile: readonly PlannedFamily[], caseId: (index: number) => string): FamilyContext {
  // A township keeps the contact its families on file already have.
  const onFileContacts = new Map(onFile.map((f) => [f.township, f.contacts.township]));
  const townshipContacts = new Map(townships.map((t) => [t.code, caseworkerNames.get(t.code) ?? onFileContacts.get(t.code) ?? cadreName(rng)]));
  return { rng, townships, townshipContacts, usedIds: new Set(onFile.flatMap((f) => f.members.map((m) => m.idNumber))), caseId };
}

function planFamily(c: FamilyContext, index: number, year: number, openedInYear?: string): PlannedFamily {
  const { rng } = c;
  const township = index % 5 === 0 ? c.townships[0]! : rng.pick(c.townships);
  const villages = VILLAGES.filter((_, i) => (i + township.code.length * 3) % 4 !== 0);
  const village = villages[(township.code.charCodeAt(0) + rng.int(0, 3)) % villages.length]!;
  const roll = rng.next();
  const category: Category = roll < 0.55 ? 'BEREAVED' : roll < 0.9 ? 'DISABLED_CHILD' : 'SURGICAL_COMPLICATION';
  const openedOn = openedInYear ?? (rng.chance(0.05) ? dayIn(rng, `${year}-01-05`, `${year}-03-31`) : dayIn(rng, `${year - 11}-01-01`, `${year - 1}-12-20`));
  const key = (m: number) => `f${index}m${m}`;
  const members: Omit<PlannedMember, 'insured'>[] = [];
  const add = (relation: Relation, male: boolean, born: [string, string], family: string) => {
    const birthDate = dayIn(rng, born[0], born[1]);
    const name = family + givenName(rng, male, birthDate >= '1985-01-01');
    const phone = relation === 'HEAD' || rng.chance(0.3) ? `1${rng.pick(['3', '5', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}` : null;
    members.push({ key: key(members.length), name, relation, birthDate, male, idNumber: residentId(c, birthDate, male), phone });
  };
  const familyName = surname(rng);
  switch (category) {
    case 'BEREAVED': {
      const headMale = rng.chance(0.8);
      add('HEAD', headMale, ['1945-01-01', '1973-12-31'], familyName);
      const head = members[0]!;
      if (rng.chance(0.85)) add('SPOUSE', !headMale, [addDays(head.birthDate, -900), addDays(head.birthDate, 1800)], surname(rng));
      if (rng.chance(0.12)) add('GRANDCHILD', rng.chance(0.5), ['2005-01-01', '2018-12-31'], familyName);
      break;
    }
    case 'DISABLED_CHILD':
      add('HEAD', true, ['1953-01-01', '1978-12-31'], familyName);
      add('SPOUSE', false, [addDays(members[0]!.birthDate, -700), addDays(members[0]!.birthDate, 1500)], surname(rng));
      add('CHILD', rng.chance(0.6), childBorn(members[0]!.birthDate), familyName);
      break;
    case 'SURGICAL_COMPLICATION':
      add('HEAD', false, ['1965-01-01', '1988-12-31'], surname(rng));
      add('SPOUSE', true, [addDays(members[0]!.birthDate, -1500), addDays(members[0]!.birthDate, 600)], familyName);
      if (rng.chance(0.4)) add('CHILD', rng.chance(0.5), childBorn(members[0]!.birthDate), familyName);
      break;
    default: {
      const _exhaustive: never = category;
      throw new Error(`unknown category ${String(_exhaustive)}`);
    }
  }
  const group = rng.int(1, 12);
  return {
    index,
    caseId: c.caseId(index),
    township: township.code,
    townshipName: township.name,
    village,
    address: `${township.name}${village}${group}组${rng.int(1, 60)}号`,
    category,
    openedOn,
    members: members.map((m) => ({ ...m, insured: false })),
    contacts: { township: c.townshipContacts.get(township.code)!, village: cadreName(rng) },
  };
}

/** A child's birth window: its parent aged 22 to 38, and not after 2015. */
function childBorn(parentBorn: string): [string, string] {
  const from = addDays(parentBorn, 22 * 365);
  const to = addDays(parentBorn, 38 * 365);
  return to > '2015-12-31' ? [from > '2015-12-31' ? '2015-12-31' : from, '2015-12-31'] : [from, to];
}

/** A valid GB 11643 number for a fictional person, unique in the plan (odd sequence = male). */
function residentId(c: FamilyContext, birthDate: string, male: boolean): string {
  for (;;) {
    const sequence = c.rng.int(0, 499) * 2 + (male ? 1 : 0);
    const id = buildResidentId({ birthDate, sequence });
    if (!c.usedIds.has(id)) {
      c.usedIds.add(id);
      return id;
    }
  }
}

/** Opening the file, registering its members and naming its two contacts, as the township would. */
export function familyTasks(families: readonly PlannedFamily[], actorFor: ActorFor): PlannedTask[] {
  return families.map((f) => {
    const actor = actorFor(f.township);
    const k = (step: string) => `family:${f.index}:${step}`;
    return [
      {
        key: k('open'),
        mutation: 'openCase',
        actor,
        input: { caseId: f.caseId, category: f.category, township: f.township, village: f.village, address: f.address, openedOn: f.openedOn },
      },
      ...f.members.map((m) => ({
        key: k(`member:${m.key}`),
        mutation: 'registerMember',
        actor,
        saveAs: personKey(m),
        input: { caseId: f.caseId, name: m.name, idNumber: m.idNumber, relation: m.relation, birthDate: m.birthDate, phone: m.phone, businessDate: f.openedOn },
      })),
      { key: k('contact-t'), mutation: 'assignContact', actor, input: { caseId: f.caseId, role: 'TOWNSHIP', name: f.contacts.township, businessDate: f.openedOn } },
      { key: k('contact-v'), mutation: 'assignContact', actor, input: { caseId: f.caseId, role: 'VILLAGE', name: f.contacts.village, businessDate: f.openedOn } },
    ];
  });
}
