import { deciderSpec } from '@careledger/domain-kernel';
import { careCaseDecider } from './care-case.decider';
import type { MemberRelation } from './care-case.vocabulary';
import {
  caseExited,
  caseOpened,
  father,
  memberRegistered,
  mother,
  registerMember,
  testPerson,
} from './testing/care-case.fixtures';

const spec = deciderSpec(careCaseDecider);
const withFather = [caseOpened, memberRegistered(father)];
const invalid = (field: string, more: object = {}) => ['VALIDATION_FAILED', { field, ...more }] as const;

describe('RegisterMember', () => {
  it('registers a member, deriving sex and ID tail from the ID number', () => {
    spec.given([caseOpened]).when(registerMember(father)).then([memberRegistered(father)]);
    spec.given(withFather).when(registerMember(mother)).then([memberRegistered(mother)]);
  });

  it('trims the name and phone and normalises a lower-case x check character', () => {
    // The standard's own example: 11010519491231002X, a woman born 1949-12-31.
    const grandmother = { ...mother, personId: 'p-gm', relation: 'PARENT', birthDate: '1949-12-31' } as const;
    const padded = { name: ' 王桂兰 ', idNumber: '11010519491231002x', phone: ' 13712345678 ' };
    spec
      .given([caseOpened])
      .when(registerMember(grandmother, padded))
      .then([
        memberRegistered(grandmother, {
          name: '王桂兰',
          idNumber: '11010519491231002X',
          idNumberTail: '002X',
          sex: 'FEMALE',
          phone: '13712345678',
        }),
      ]);
  });

  it('stores a blank phone as no phone', () => {
    spec
      .given([caseOpened])
      .when(registerMember(father, { phone: '  ' }))
      .then([memberRegistered(father, { phone: null })]);
  });

  it('registers a new child of a bereaved family without exiting the case', () => {
    const baby = testPerson({
      personId: 'p-baby',
      name: '张小宝',
      relation: 'CHILD',
      birthDate: '2023-05-20',
      sequence: 64,
      sex: 'FEMALE',
      phone: null,
    });
    spec.given(withFather).when(registerMember(baby)).then([memberRegistered(baby)]);
  });

  it('is already done when the identical registration is retried', () => {
    spec.given(withFather).when(registerMember(father, { name: ' 张建国 ' })).then([]);
  });

  describe('is refused', () => {
    it('on an exited case', () => {
      spec.given([caseOpened, caseExited()]).when(registerMember(father)).thenThrows('CASE_EXITED');
    });

    it.each([
      ['blank', '  '],
      ['longer than 50 characters', '张'.repeat(51)],
    ])('when the name is %s', (_label, name) => {
      spec.given([caseOpened]).when(registerMember(father, { name })).thenThrows(...invalid('name'));
    });

    const wrongCheck = father.idNumber.slice(0, 17) + (father.idNumber.endsWith('0') ? '1' : '0');
    it.each([
      ['malformed', '43122319650412031', 'format'],
      ['with a wrong check character', wrongCheck, 'checksum'],
      ['with an impossible birth date', '431223196502300310', 'birthDate'],
    ])('when the ID number is %s', (_label, idNumber, rule) => {
      spec
        .given([caseOpened])
        .when(registerMember(father, { idNumber }))
        .thenThrows(...invalid('idNumber', { rule }));
    });

    it('when the ID number hash is missing', () => {
      spec
        .given([caseOpened])
        .when(registerMember(father, { idNumberHash: '' }))
        .thenThrows(...invalid('idNumberHash'));
    });

    it('when the birth date is not a date, or differs from the one in the ID number', () => {
      spec
        .given([caseOpened])
        .when(registerMember(father, { birthDate: '1965-13-12' }))
        .thenThrows(...invalid('birthDate'));
      spec
        .given([caseOpened])
        .when(registerMember(father, { birthDate: '1965-04-13' }))
        .thenThrows(...invalid('birthDate', { rule: 'idNumberMismatch' }));
    });

    it('when the phone number is invalid', () => {
      spec
        .given([caseOpened])
        .when(registerMember(father, { phone: '138-1234' }))
        .thenThrows(...invalid('phone'));
    });

    it('when the relation is not in the vocabulary', () => {
      const relation = 'COUSIN' as MemberRelation;
      spec.given([caseOpened]).when(registerMember(father, { relation })).thenThrows(...invalid('relation'));
    });

    it('when another member already has the same ID number, compared by hash', () => {
      const twin = { ...mother, personId: 'p-twin', idNumberHash: father.idNumberHash };
      spec
        .given(withFather)
        .when(registerMember(twin))
        .thenThrows('DUPLICATE_ID_NUMBER', { field: 'idNumber', existingPersonId: father.personId });
    });

    it('when the person is already registered with other details', () => {
      spec
        .given(withFather)
        .when(registerMember(father, { phone: null }))
        .thenThrows('MEMBER_ALREADY_REGISTERED', { personId: father.personId });
      spec
        .given(withFather)
        .when(registerMember(father, { relation: 'OTHER' }))
        .thenThrows('MEMBER_ALREADY_REGISTERED');
    });
  });
});
