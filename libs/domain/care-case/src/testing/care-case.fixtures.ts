import { buildResidentId } from '@careledger/domain-kernel';
import type { OpenCase, RegisterMember } from '../care-case.commands';
import type { CaseExited, CaseOpened, CaseReopened, MemberRegistered } from '../care-case.events';
import type { ExitReason, Sex } from '../care-case.vocabulary';

/**
 * Test data for care-case specs: one bereaved family in 孝坪镇. ID numbers are built with a valid
 * check character from birth date and sequence (odd = male), never copied from a real person.
 * Hashes are opaque stand-ins for the caller's HMAC.
 */
export const caseId = 'c-0001';

export const openCase: OpenCase = {
  type: 'OpenCase',
  data: {
    caseId,
    category: 'BEREAVED',
    township: 'CX-XP',
    village: '长田湾村',
    address: '长田湾村3组12号',
    openedOn: '2023-03-01',
  },
};

export const caseOpened: CaseOpened = { type: 'CaseOpened', data: openCase.data };

export type TestPerson = Omit<RegisterMember['data'], 'caseId'> & { readonly sex: Sex };

/** A person with a valid ID number built from birth date and sequence, and a stand-in hash. */
export function testPerson(
  fields: Omit<TestPerson, 'idNumber' | 'idNumberHash'> & { sequence: number },
): TestPerson {
  const { sequence, ...rest } = fields;
  const idNumber = buildResidentId({ birthDate: rest.birthDate, sequence });
  return { ...rest, idNumber, idNumberHash: `hmac-${rest.personId}` };
}

export const father = testPerson({
  personId: 'p-father',
  name: '张建国',
  relation: 'HEAD',
  birthDate: '1965-04-12',
  sequence: 31,
  sex: 'MALE',
  phone: '13812345678',
});

export const mother = testPerson({
  personId: 'p-mother',
  name: '李秀英',
  relation: 'SPOUSE',
  birthDate: '1967-09-30',
  sequence: 42,
  sex: 'FEMALE',
  phone: null,
});

/** The only child, who died before the case was opened. */
export const son = testPerson({
  personId: 'p-son',
  name: '张伟',
  relation: 'CHILD',
  birthDate: '1990-01-15',
  sequence: 57,
  sex: 'MALE',
  phone: null,
});

export function registerMember(
  p: TestPerson,
  overrides: Partial<RegisterMember['data']> = {},
): RegisterMember {
  const { personId, name, idNumber, idNumberHash, relation, birthDate, phone } = p;
  return {
    type: 'RegisterMember',
    data: { caseId, personId, name, idNumber, idNumberHash, relation, birthDate, phone, ...overrides },
  };
}

export function memberRegistered(
  p: TestPerson,
  overrides: Partial<MemberRegistered['data']> = {},
): MemberRegistered {
  const { personId, name, idNumber, idNumberHash, relation, sex, birthDate, phone } = p;
  return {
    type: 'MemberRegistered',
    data: {
      caseId,
      personId,
      name,
      idNumber,
      idNumberHash,
      idNumberTail: idNumber.slice(-4),
      relation,
      sex,
      birthDate,
      phone,
      ...overrides,
    },
  };
}

export function caseExited(exitedOn = '2023-06-01', exitReason: ExitReason = 'MOVED_AWAY'): CaseExited {
  return { type: 'CaseExited', data: { caseId, exitReason, exitedOn } };
}

export function caseReopened(reopenedOn: string): CaseReopened {
  return { type: 'CaseReopened', data: { caseId, reopenedOn } };
}
