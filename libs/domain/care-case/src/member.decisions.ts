import type { ResidentId } from '@careledger/domain-kernel';
import {
  assertCivilDate,
  compareCivilDates,
  optionalPhone,
  parseResidentId,
  requireOneOf,
  requireReason,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import type { CorrectMemberDetails, RecordMemberDeath, RegisterMember } from './care-case.commands';
import {
  duplicateIdNumber,
  memberAlreadyRegistered,
  memberDeceased,
  memberNotFound,
} from './care-case.errors';
import type { MemberDetailsCorrected, MemberDied, MemberRegistered } from './care-case.events';
import type { ActiveCareCase, CaseFile, CaseMember, OpenedCareCase } from './care-case.state';
import { MEMBER_RELATIONS } from './care-case.vocabulary';

type CorrectedFields = MemberDetailsCorrected['data']['changes'];
type Changes = { -readonly [K in keyof CorrectedFields]: CorrectedFields[K] };

// Registering a CHILD on a BEREAVED case is allowed and changes nothing else: the caseworker
// decides whether the family now exits (ANOTHER_CHILD / ADOPTION); the decider does not guess.
export function registerMember(data: RegisterMember['data'], { file }: ActiveCareCase): MemberRegistered[] {
  const name = requireText('name', data.name, { max: 50 });
  const id = parseResidentId(data.idNumber);
  const idNumberHash = requireHash(data.idNumberHash);
  const relation = requireOneOf('relation', data.relation, MEMBER_RELATIONS);
  const birthDate = assertCivilDate('birthDate', data.birthDate);
  assertBirthDateMatches(birthDate, id);
  const phone = optionalPhone('phone', data.phone);

  const { caseId, personId } = data;
  const existing = file.members.get(personId);
  if (existing) {
    // A retry of the same registration (e.g. after a lost response) is already done.
    const identical =
      existing.name === name &&
      existing.idNumberHash === idNumberHash &&
      existing.relation === relation &&
      existing.birthDate === birthDate &&
      existing.phone === phone;
    if (identical) return [];
    throw memberAlreadyRegistered(caseId, personId);
  }
  assertIdNumberUnique(file, caseId, personId, idNumberHash);
  const idNumber = id.normalized;
  return [
    {
      type: 'MemberRegistered',
      data: {
        caseId,
        personId,
        name,
        idNumber,
        idNumberHash,
        idNumberTail: id.tail,
        relation,
        sex: id.sex,
        birthDate,
        phone,
      },
    },
  ];
}

/** Allowed on an exited case: fixing the record of a family that has left is still fixing it. */
export function correctMemberDetails(
  data: CorrectMemberDetails['data'],
  state: OpenedCareCase,
): MemberDetailsCorrected[] {
  requireReason(data.reason);
  const member = requireMember(state.file, data.caseId, data.personId);
  const input = data.changes;
  const changes: Changes = {};

  if (input.name !== undefined) {
    const name = requireText('name', input.name, { max: 50 });
    if (name !== member.name) changes.name = name;
  }
  const id = input.idNumber !== undefined || input.idNumberHash !== undefined ? parseIdChange(input) : null;
  if (input.relation !== undefined) {
    const relation = requireOneOf('relation', input.relation, MEMBER_RELATIONS);
    if (relation !== member.relation) changes.relation = relation;
  }
  const birthDate =
    input.birthDate === undefined ? member.birthDate : assertCivilDate('birthDate', input.birthDate);
  if (input.phone !== undefined) {
    const phone = optionalPhone('phone', input.phone);
    if (phone !== member.phone) changes.phone = phone;
  }

  // Without a new ID, the member's current ID still encodes their current birth date, so a
  // birth date can only change together with the ID number.
  assertBirthDateMatches(birthDate, id?.parsed ?? { birthDate: member.birthDate });
  if (birthDate !== member.birthDate) {
    if (member.diedOn !== null && compareCivilDates(birthDate, member.diedOn) > 0) {
      throw validationFailed('birthDate', 'birthDate cannot be after the date of death', {
        max: member.diedOn,
      });
    }
    changes.birthDate = birthDate;
  }
  // The ID number moves as one unit (number, hash, tail): state holds only the hash to compare.
  if (id && id.hash !== member.idNumberHash) {
    assertIdNumberUnique(state.file, data.caseId, data.personId, id.hash);
    changes.idNumber = id.parsed.normalized;
    changes.idNumberHash = id.hash;
    changes.idNumberTail = id.parsed.tail;
    if (id.parsed.sex !== member.sex) changes.sex = id.parsed.sex;
  }

  if (Object.keys(changes).length === 0) return [];
  const { caseId, personId } = data;
  return [{ type: 'MemberDetailsCorrected', data: { caseId, personId, changes } }];
}

/** A death may predate the case: a bereaved family's case exists because the child died. */
export function recordMemberDeath(data: RecordMemberDeath['data'], state: OpenedCareCase): MemberDied[] {
  const member = requireMember(state.file, data.caseId, data.personId);
  const diedOn = assertCivilDate('diedOn', data.diedOn);
  if (member.diedOn !== null) {
    if (member.diedOn === diedOn) return [];
    throw memberDeceased(data.caseId, data.personId, member.diedOn);
  }
  if (compareCivilDates(diedOn, member.birthDate) < 0) {
    throw validationFailed('diedOn', 'diedOn cannot be before the birth date', { min: member.birthDate });
  }
  return [{ type: 'MemberDied', data: { caseId: data.caseId, personId: data.personId, diedOn } }];
}

function requireMember(file: CaseFile, caseId: string, personId: string): CaseMember {
  const member = file.members.get(personId);
  if (!member) throw memberNotFound(caseId, personId);
  return member;
}

function parseIdChange(input: CorrectMemberDetails['data']['changes']): { parsed: ResidentId; hash: string } {
  if (input.idNumber === undefined) {
    throw validationFailed('idNumber', 'idNumber is required with idNumberHash');
  }
  const parsed = parseResidentId(input.idNumber);
  if (input.idNumberHash === undefined) {
    throw validationFailed('idNumberHash', 'idNumberHash is required with idNumber');
  }
  return { parsed, hash: requireHash(input.idNumberHash) };
}

// The hash is computed by the caller with a secret key; here it is only an opaque token.
function requireHash(value: unknown): string {
  return requireText('idNumberHash', value, { max: 256 });
}

function assertBirthDateMatches(birthDate: string, id: Pick<ResidentId, 'birthDate'>): void {
  if (birthDate !== id.birthDate) {
    throw validationFailed('birthDate', 'birthDate does not match the birth date in the ID number', {
      rule: 'idNumberMismatch',
    });
  }
}

function assertIdNumberUnique(file: CaseFile, caseId: string, personId: string, idNumberHash: string): void {
  for (const other of file.members.values()) {
    if (other.personId !== personId && other.idNumberHash === idNumberHash) {
      throw duplicateIdNumber(caseId, other.personId);
    }
  }
}
