import { foldEvents } from '@careledger/domain-kernel';
import { policyDecider } from './policy.decider';
import type { PolicyEvent } from './policy.events';
import { isEnrolledOn, policyPremiumTotal } from './policy.queries';
import { memberEnrolled, memberRemoved, policyPurchased } from '../testing/policy.fixtures';

const fold = (events: PolicyEvent[]) => foldEvents(policyDecider, events);
const mother = 'p-mother';

describe('isEnrolledOn', () => {
  it('is false before the policy is purchased and for a person never enrolled', () => {
    expect(isEnrolledOn(fold([]), mother, '2023-05-01')).toBe(false);
    const state = fold([policyPurchased, memberEnrolled(mother)]);
    expect(isEnrolledOn(state, 'p-stranger', '2023-05-01')).toBe(false);
  });

  it('covers from coverageFrom to the end of the policy, both inclusive', () => {
    const late = memberEnrolled(mother, { enrolledOn: '2023-03-01', coverageFrom: '2023-03-02' });
    const state = fold([policyPurchased, late]);
    expect(isEnrolledOn(state, mother, '2023-03-01')).toBe(false);
    expect(isEnrolledOn(state, mother, '2023-03-02')).toBe(true);
    expect(isEnrolledOn(state, mother, '2023-12-31')).toBe(true);
    expect(isEnrolledOn(state, mother, '2024-01-01')).toBe(false);
  });

  it('answers for any day across removal and re-enrolment', () => {
    const state = fold([
      policyPurchased,
      memberEnrolled(mother),
      memberRemoved(mother, '2023-03-31', 'EXITED'),
      memberEnrolled(mother, { enrolledOn: '2023-08-01', coverageFrom: '2023-08-01' }),
    ]);
    expect(isEnrolledOn(state, mother, '2023-03-31')).toBe(true);
    expect(isEnrolledOn(state, mother, '2023-04-01')).toBe(false);
    expect(isEnrolledOn(state, mother, '2023-07-31')).toBe(false);
    expect(isEnrolledOn(state, mother, '2023-08-01')).toBe(true);
  });

  it('covers a deceased member on the day of death, the removal date', () => {
    const state = fold([policyPurchased, memberEnrolled(mother), memberRemoved(mother, '2023-09-09')]);
    expect(isEnrolledOn(state, mother, '2023-09-09')).toBe(true);
    expect(isEnrolledOn(state, mother, '2023-09-10')).toBe(false);
  });

  it('never counts a period removed as DUPLICATE', () => {
    const duplicate = memberRemoved(mother, '2023-05-01', 'DUPLICATE');
    const state = fold([policyPurchased, memberEnrolled(mother), duplicate]);
    expect(isEnrolledOn(state, mother, '2023-02-01')).toBe(false);
  });
});

describe('policyPremiumTotal', () => {
  it('is null before the policy is purchased', () => {
    expect(policyPremiumTotal(fold([]))).toBeNull();
  });

  it('reproduces the 2023 report: 560 × 150 元 = 84,000 元, removals not refunded', () => {
    const enrolments = Array.from({ length: 560 }, (_, i) => memberEnrolled(`p-${i}`));
    const removals = [memberRemoved('p-1', '2023-04-01'), memberRemoved('p-2', '2023-11-30', 'EXITED')];
    expect(policyPremiumTotal(fold([policyPurchased, ...enrolments, ...removals]))).toEqual({
      insuredPersons: 560,
      premiumPerPersonFen: 15000,
      totalFen: 8_400_000,
      targetEnrolment: 560,
    });
  });

  it('counts a re-enrolled person once, and leaves out duplicates and empty periods', () => {
    const late = { enrolledOn: '2023-06-01', coverageFrom: '2023-07-01' };
    const state = fold([
      policyPurchased,
      memberEnrolled(mother),
      memberRemoved(mother, '2023-03-31', 'EXITED'),
      memberEnrolled(mother, { enrolledOn: '2023-08-01', coverageFrom: '2023-08-01' }),
      memberEnrolled('p-duplicate'),
      memberRemoved('p-duplicate', '2023-01-15', 'DUPLICATE'),
      memberEnrolled('p-never-covered', late),
      memberRemoved('p-never-covered', '2023-06-20', 'DECEASED'),
    ]);
    expect(policyPremiumTotal(state)).toMatchObject({ insuredPersons: 1, totalFen: 15000 });
  });
});

describe('evolvePolicy', () => {
  it('leaves the state unchanged for events out of place instead of throwing', () => {
    const beforePurchase = fold([memberEnrolled(mother), memberRemoved(mother, '2023-05-01')]);
    expect(beforePurchase).toEqual({ status: 'initial' });
    const purchased = fold([policyPurchased]);
    expect(policyDecider.evolve(purchased, policyPurchased)).toBe(purchased);
    expect(policyDecider.evolve(purchased, memberRemoved(mother, '2023-05-01'))).toBe(purchased);
  });
});
