import { deciderSpec } from '@careledger/domain-kernel';
import { policyDecider } from './policy.decider';
import {
  enrolMember,
  memberEnrolled,
  memberRemoved,
  policyPurchased,
  year,
} from '../testing/policy.fixtures';

const spec = deciderSpec(policyDecider);
const mother = 'p-mother';

describe('EnrolMember', () => {
  it('enrols a member from the start of cover', () => {
    spec.given([policyPurchased]).when(enrolMember(mother)).then([memberEnrolled(mother)]);
  });

  it('enrols a member later in the year, covered from a later day', () => {
    const late = { enrolledOn: '2023-06-10', coverageFrom: '2023-06-11' };
    spec.given([policyPurchased]).when(enrolMember(mother, late)).then([memberEnrolled(mother, late)]);
  });

  it('accepts the last day of cover as the first day too', () => {
    const last = { enrolledOn: '2023-12-31', coverageFrom: '2023-12-31' };
    spec.given([policyPurchased]).when(enrolMember(mother, last)).then([memberEnrolled(mother, last)]);
  });

  it('is already done when the same enrolment is made again', () => {
    spec.given([policyPurchased, memberEnrolled(mother)]).when(enrolMember(mother)).then([]);
  });

  it('refuses a person who is currently enrolled, with other details or under another case', () => {
    const given = [policyPurchased, memberEnrolled(mother)];
    spec
      .given(given)
      .when(enrolMember(mother, { coverageFrom: '2023-02-01' }))
      .thenThrows('MEMBER_ALREADY_ENROLLED', { year, personId: mother });
    spec
      .given(given)
      .when(enrolMember(mother, { caseId: 'c-0002' }))
      .thenThrows('MEMBER_ALREADY_ENROLLED', { personId: mother });
  });

  it('enrols a removed person again, opening a new period after the removal', () => {
    const again = { enrolledOn: '2023-08-01', coverageFrom: '2023-08-01' };
    spec
      .given([policyPurchased, memberEnrolled(mother), memberRemoved(mother, '2023-03-31', 'EXITED')])
      .when(enrolMember(mother, again))
      .then([memberEnrolled(mother, again)]);
  });

  it('refuses a new period that overlaps the previous one', () => {
    spec
      .given([policyPurchased, memberEnrolled(mother), memberRemoved(mother, '2023-03-31', 'EXITED')])
      .when(enrolMember(mother, { enrolledOn: '2023-08-01', coverageFrom: '2023-03-31' }))
      .thenThrows('VALIDATION_FAILED', { field: 'coverageFrom', after: '2023-03-31' });
  });

  describe('enrols only within cover', () => {
    it.each([
      ['before the policy cover starts', '2022-12-31'],
      ['after the policy cover ends', '2024-01-01'],
    ])('refuses coverageFrom %s', (_label, coverageFrom) => {
      spec
        .given([policyPurchased])
        .when(enrolMember(mother, { coverageFrom }))
        .thenThrows('VALIDATION_FAILED', { field: 'coverageFrom', min: '2023-01-01', max: '2023-12-31' });
    });

    it.each([
      ['before the purchase', '2022-12-19'],
      ['after the cover ended', '2024-01-02'],
    ])('refuses an enrolment made %s', (_label, enrolledOn) => {
      spec
        .given([policyPurchased])
        .when(enrolMember(mother, { enrolledOn }))
        .thenThrows('VALIDATION_FAILED', { field: 'enrolledOn', min: '2022-12-20', max: '2023-12-31' });
    });
  });

  it('refuses impossible dates', () => {
    spec
      .given([policyPurchased])
      .when(enrolMember(mother, { enrolledOn: '2023-02-30' }))
      .thenThrows('VALIDATION_FAILED', { field: 'enrolledOn' });
    spec
      .given([policyPurchased])
      .when(enrolMember(mother, { coverageFrom: '2023-1-1' }))
      .thenThrows('VALIDATION_FAILED', { field: 'coverageFrom' });
  });
});
