import { buildResidentId, deciderSpec } from '@careledger/domain-kernel';
import type { CorrectMemberDetails, MemberDetailsChanges } from './care-case.commands';
import { careCaseDecider } from './care-case.decider';
import type { CareCaseEvent, MemberDetailsCorrected } from './care-case.events';
import {
  caseExited,
  caseId,
  caseOpened,
  father,
  memberRegistered,
  mother,
} from './testing/care-case.fixtures';

const spec = deciderSpec(careCaseDecider);
const family: CareCaseEvent[] = [caseOpened, memberRegistered(father), memberRegistered(mother)];
const invalid = (field: string, more: object = {}) => ['VALIDATION_FAILED', { field, ...more }] as const;

const correct = (
  changes: MemberDetailsChanges,
  reason = '据户口簿更正',
  personId = father.personId,
): CorrectMemberDetails => ({ type: 'CorrectMemberDetails', data: { caseId, personId, changes, reason } });

const corrected = (
  changes: MemberDetailsCorrected['data']['changes'],
  personId = father.personId,
): MemberDetailsCorrected => ({ type: 'MemberDetailsCorrected', data: { caseId, personId, changes } });

// The father's ID was first entered with the wrong birth date and sequence.
const fixedBirthDate = '1965-04-21';
const fixedId = buildResidentId({ birthDate: fixedBirthDate, sequence: 33 });
const fixedIdChange = { idNumber: fixedId, idNumberHash: 'hmac-fixed', birthDate: fixedBirthDate };
const femaleId = buildResidentId({ birthDate: father.birthDate, sequence: 36 });

describe('CorrectMemberDetails', () => {
  it('emits only the fields that change', () => {
    spec
      .given(family)
      .when(correct({ name: ' 张建民 ', relation: father.relation, phone: father.phone }))
      .then([corrected({ name: '张建民' })]);
  });

  it('changes the relation and removes or replaces the phone', () => {
    spec
      .given(family)
      .when(correct({ relation: 'OTHER', phone: null }))
      .then([corrected({ relation: 'OTHER', phone: null })]);
    spec.given(family).when(correct({ phone: '0745-5221234' })).then([corrected({ phone: '0745-5221234' })]);
  });

  it('corrects the ID number and birth date together, with the derived tail', () => {
    spec
      .given(family)
      .when(correct(fixedIdChange))
      .then([corrected({ ...fixedIdChange, idNumberTail: fixedId.slice(-4) })]);
  });

  it('emits the sex when the corrected ID number changes it', () => {
    const change = { idNumber: femaleId, idNumberHash: 'hmac-female' };
    spec
      .given(family)
      .when(correct(change))
      .then([corrected({ ...change, idNumberTail: femaleId.slice(-4), sex: 'FEMALE' })]);
  });

  it('is already done when nothing actually changes', () => {
    spec.given(family).when(correct({})).then([]);
    const { name, idNumber, idNumberHash, birthDate } = father;
    spec.given(family).when(correct({ name, idNumber, idNumberHash, birthDate })).then([]);
  });

  it('compares with the latest corrected details', () => {
    const given = [...family, corrected({ name: '张建民', phone: null })];
    spec.given(given).when(correct({ name: '张建民', phone: null })).then([]);
  });

  it('is allowed on an exited case', () => {
    spec.given([...family, caseExited()]).when(correct({ name: '张建民' })).then([corrected({ name: '张建民' })]);
  });

  it('keeps working after the ID and phone numbers were erased', () => {
    const erased = [caseOpened, memberRegistered(father, { idNumber: null, phone: null })];
    spec.given(erased).when(correct({ phone: null })).then([]);
    spec.given(erased).when(correct({ phone: '13812345678' })).then([corrected({ phone: '13812345678' })]);
  });

  describe('is refused', () => {
    it('without a reason', () => {
      spec
        .given(family)
        .when(correct({ name: '张建民' }, '  '))
        .thenThrows('REASON_REQUIRED', { field: 'reason' });
    });

    it('for someone who is not a member', () => {
      spec
        .given(family)
        .when(correct({ name: '张建民' }, '更正', 'p-stranger'))
        .thenThrows('MEMBER_NOT_FOUND', { personId: 'p-stranger' });
    });

    it('when a field is invalid as at registration', () => {
      const badId = fixedId.slice(0, 17) + (fixedId.endsWith('0') ? '1' : '0');
      spec.given(family).when(correct({ name: ' ' })).thenThrows(...invalid('name'));
      spec.given(family).when(correct({ phone: '12345' })).thenThrows(...invalid('phone'));
      spec.given(family).when(correct({ birthDate: '1965-02-30' })).thenThrows(...invalid('birthDate'));
      spec
        .given(family)
        .when(correct({ ...fixedIdChange, idNumber: badId }))
        .thenThrows(...invalid('idNumber', { rule: 'checksum' }));
    });

    it('when an ID number comes without its hash, or a hash without its ID number', () => {
      const { idNumber, idNumberHash, birthDate } = fixedIdChange;
      spec.given(family).when(correct({ idNumber, birthDate })).thenThrows(...invalid('idNumberHash'));
      spec.given(family).when(correct({ idNumberHash, birthDate })).thenThrows(...invalid('idNumber'));
    });

    it('when the birth date would no longer match the ID number', () => {
      const { idNumber, idNumberHash, birthDate } = fixedIdChange;
      const mismatch = invalid('birthDate', { rule: 'idNumberMismatch' });
      spec.given(family).when(correct({ birthDate })).thenThrows(...mismatch);
      spec.given(family).when(correct({ idNumber, idNumberHash })).thenThrows(...mismatch);
    });

    it('when another member has the corrected ID number', () => {
      const { idNumber, idNumberHash, birthDate } = mother;
      spec
        .given(family)
        .when(correct({ idNumber, idNumberHash, birthDate }))
        .thenThrows('DUPLICATE_ID_NUMBER', { field: 'idNumber', existingPersonId: mother.personId });
    });

    it('when the corrected birth date would fall after the recorded death', () => {
      const died: CareCaseEvent = {
        type: 'MemberDied',
        data: { caseId, personId: father.personId, diedOn: '1965-04-15' },
      };
      spec
        .given([...family, died])
        .when(correct(fixedIdChange))
        .thenThrows(...invalid('birthDate', { max: '1965-04-15' }));
    });
  });
});
