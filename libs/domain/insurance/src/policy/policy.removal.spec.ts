import { deciderSpec } from '@careledger/domain-kernel';
import type { RemovalReason } from '../insurance.vocabulary';
import { policyDecider } from './policy.decider';
import {
  memberEnrolled,
  memberRemoved,
  policyPurchased,
  removeMember,
  year,
} from '../testing/policy.fixtures';

const spec = deciderSpec(policyDecider);
const mother = 'p-mother';
const enrolled = [policyPurchased, memberEnrolled(mother)];

describe('RemoveMember', () => {
  it('removes an enrolled member; the removal date is the last day of cover', () => {
    spec.given(enrolled).when(removeMember(mother, '2023-05-01')).then([memberRemoved(mother, '2023-05-01')]);
  });

  it('keeps a trimmed note, and records a blank note as null', () => {
    spec
      .given(enrolled)
      .when(removeMember(mother, '2023-05-01', 'EXITED', '  再生育，退出特殊家庭 '))
      .then([memberRemoved(mother, '2023-05-01', 'EXITED', '再生育，退出特殊家庭')]);
    spec
      .given(enrolled)
      .when(removeMember(mother, '2023-05-01', 'DUPLICATE', ' '))
      .then([memberRemoved(mother, '2023-05-01', 'DUPLICATE', null)]);
  });

  it('requires a note when the reason is OTHER', () => {
    spec
      .given(enrolled)
      .when(removeMember(mother, '2023-05-01', 'OTHER', '  '))
      .thenThrows('REASON_REQUIRED', { field: 'note' });
    spec
      .given(enrolled)
      .when(removeMember(mother, '2023-05-01', 'OTHER', '保险公司核查后退保'))
      .then([memberRemoved(mother, '2023-05-01', 'OTHER', '保险公司核查后退保')]);
  });

  it('accepts a removal before a late cover began (the period is then empty)', () => {
    const late = memberEnrolled(mother, { enrolledOn: '2023-06-01', coverageFrom: '2023-07-01' });
    spec
      .given([policyPurchased, late])
      .when(removeMember(mother, '2023-06-15', 'DUPLICATE'))
      .then([memberRemoved(mother, '2023-06-15', 'DUPLICATE')]);
  });

  it('is already done when the same removal is made again', () => {
    spec
      .given([...enrolled, memberRemoved(mother, '2023-05-01')])
      .when(removeMember(mother, '2023-05-01'))
      .then([]);
  });

  describe('refuses with MEMBER_NOT_ENROLLED', () => {
    it('a person who was never enrolled', () => {
      spec
        .given(enrolled)
        .when(removeMember('p-stranger', '2023-05-01'))
        .thenThrows('MEMBER_NOT_ENROLLED', { year, personId: 'p-stranger' });
    });

    it('a person already removed, on another date or for another reason', () => {
      const removed = [...enrolled, memberRemoved(mother, '2023-05-01')];
      spec.given(removed).when(removeMember(mother, '2023-05-02')).thenThrows('MEMBER_NOT_ENROLLED');
      spec
        .given(removed)
        .when(removeMember(mother, '2023-05-01', 'EXITED'))
        .thenThrows('MEMBER_NOT_ENROLLED');
    });

    it('a person enrolled under another case', () => {
      const command = removeMember(mother, '2023-05-01');
      spec
        .given(enrolled)
        .when({ ...command, data: { ...command.data, caseId: 'c-0002' } })
        .thenThrows('MEMBER_NOT_ENROLLED', { personId: mother });
    });
  });

  it('removes the second period of a re-enrolled person', () => {
    const again = { enrolledOn: '2023-08-01', coverageFrom: '2023-08-01' };
    spec
      .given([...enrolled, memberRemoved(mother, '2023-03-31', 'EXITED'), memberEnrolled(mother, again)])
      .when(removeMember(mother, '2023-10-01'))
      .then([memberRemoved(mother, '2023-10-01')]);
  });

  it.each([
    ['before both the enrolment and the cover start', '2022-12-27'],
    ['after the cover ended', '2024-01-01'],
  ])('refuses a removal dated %s', (_label, removedOn) => {
    spec
      .given(enrolled)
      .when(removeMember(mother, removedOn))
      .thenThrows('VALIDATION_FAILED', { field: 'removedOn', min: '2022-12-28', max: '2023-12-31' });
  });

  it('refuses an impossible date and an unknown reason', () => {
    spec
      .given(enrolled)
      .when(removeMember(mother, '2023-04-31'))
      .thenThrows('VALIDATION_FAILED', { field: 'removedOn' });
    spec
      .given(enrolled)
      .when(removeMember(mother, '2023-05-01', 'MOVED' as RemovalReason))
      .thenThrows('VALIDATION_FAILED', { field: 'reason' });
  });
});
