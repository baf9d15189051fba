import type { PlannedFamily, PlannedMember } from './families.plan';

/** A member with the family it belongs to: what visits, applications and claims refer to. */
export interface Person {
  readonly family: PlannedFamily;
  readonly member: PlannedMember;
}

export const peopleOf = (families: readonly PlannedFamily[]): Person[] =>
  families.flatMap((family) => family.members.map((member) => ({ family, member })));

/** Adults of families on file before the year: the ones whose year has stays, claims and visits. */
export const establishedAdults = (families: readonly PlannedFamily[], year: number): Person[] =>
  peopleOf(families).filter((p) => p.family.openedOn < `${year}-01-01` && p.member.birthDate < `${year - 18}-01-01`);
