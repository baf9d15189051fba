import { deciderSpec } from '@careledger/domain-kernel';
import type { RecordMemberDeath } from './care-case.commands';
import { careCaseDecider } from './care-case.decider';
import type { MemberDied } from './care-case.events';
import { caseExited, caseId, caseOpened, father, memberRegistered, son } from './testing/care-case.fixtures';

const spec = deciderSpec(careCaseDecider);
const family = [caseOpened, memberRegistered(father), memberRegistered(son)];

const recordDeath = (diedOn: string, personId = son.personId): RecordMemberDeath => ({
  type: 'RecordMemberDeath',
  data: { caseId, personId, diedOn },
});
const died = (diedOn: string, personId = son.personId): MemberDied => ({
  type: 'MemberDied',
  data: { caseId, personId, diedOn },
});

describe('RecordMemberDeath', () => {
  it('records a death, even one before the case was opened (why a bereaved case exists)', () => {
    spec.given(family).when(recordDeath('2021-08-09')).then([died('2021-08-09')]);
  });

  it('accepts a death on the day of birth', () => {
    spec.given(family).when(recordDeath(son.birthDate)).then([died(son.birthDate)]);
  });

  it('is allowed on an exited case', () => {
    spec
      .given([...family, caseExited('2023-06-01', 'DEATH')])
      .when(recordDeath('2023-05-28', father.personId))
      .then([died('2023-05-28', father.personId)]);
  });

  it('is already done when the same death is recorded again', () => {
    spec.given([...family, died('2021-08-09')]).when(recordDeath('2021-08-09')).then([]);
  });

  describe('is refused', () => {
    it('when the member is already recorded as deceased on another date', () => {
      spec
        .given([...family, died('2021-08-09')])
        .when(recordDeath('2021-08-10'))
        .thenThrows('MEMBER_DECEASED', { diedOn: '2021-08-09' });
    });

    it('for someone who is not a member', () => {
      spec.given(family).when(recordDeath('2021-08-09', 'p-stranger')).thenThrows('MEMBER_NOT_FOUND');
    });

    it('when the date is impossible or before the birth date', () => {
      spec.given(family).when(recordDeath('2021-02-29')).thenThrows('VALIDATION_FAILED', { field: 'diedOn' });
      spec
        .given(family)
        .when(recordDeath('1990-01-14'))
        .thenThrows('VALIDATION_FAILED', { field: 'diedOn', min: son.birthDate });
    });
  });
});
