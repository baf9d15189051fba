import { deciderSpec } from '@careledger/domain-kernel';
import type { PolicyCommand, PurchasePolicy } from './policy.commands';
import { policyDecider } from './policy.decider';
import {
  enrolMember,
  policyPurchased,
  purchasePolicy,
  removeMember,
  year,
} from '../testing/policy.fixtures';

const spec = deciderSpec(policyDecider);
const purchase = (overrides: Partial<PurchasePolicy['data']>): PurchasePolicy => ({
  type: 'PurchasePolicy',
  data: { ...purchasePolicy.data, ...overrides },
});

describe('PurchasePolicy', () => {
  it('records the purchase with trimmed names', () => {
    const { insurer, product } = purchasePolicy.data;
    const padded = purchase({ insurer: ` ${insurer} `, product: `${product}  ` });
    spec.given([]).when(padded).then([policyPurchased]);
  });

  it('records a policy without an enrolment target as null', () => {
    const { targetEnrolment: _target, ...withoutTarget } = purchasePolicy.data;
    spec
      .given([])
      .when({ type: 'PurchasePolicy', data: withoutTarget })
      .then([{ type: 'PolicyPurchased', data: { ...withoutTarget, targetEnrolment: null } }]);
  });

  it('accepts cover that runs into the next year, as long as it starts in the policy year', () => {
    const command = purchase({ coverageFrom: '2023-07-01', coverageTo: '2024-06-30' });
    spec
      .given([])
      .when(command)
      .then([{ type: 'PolicyPurchased', data: { ...policyPurchased.data, ...command.data } }]);
  });

  it('is already done when the same terms are bought again', () => {
    spec.given([policyPurchased]).when(purchasePolicy).then([]);
  });

  it('refuses a second policy with other terms for the same year', () => {
    spec
      .given([policyPurchased])
      .when(purchase({ premiumPerPersonFen: 16000 }))
      .thenThrows('ALREADY_EXISTS', { kind: 'policy', year });
  });

  describe('refuses a premium that is not a positive whole number of fen', () => {
    it.each([
      ['zero', 0],
      ['negative', -15000],
      ['fractional (yuan instead of fen)', 150.5],
    ])('%s', (_label, premiumPerPersonFen) => {
      spec
        .given([])
        .when(purchase({ premiumPerPersonFen }))
        .thenThrows('VALIDATION_FAILED', { field: 'premiumPerPersonFen' });
    });
  });

  it('refuses cover that ends before it starts', () => {
    spec
      .given([])
      .when(purchase({ coverageTo: '2022-12-31' }))
      .thenThrows('VALIDATION_FAILED', { field: 'coverageTo', min: '2023-01-01' });
  });

  it('refuses cover that does not start in the policy year', () => {
    spec
      .given([])
      .when(purchase({ coverageFrom: '2022-12-01' }))
      .thenThrows('VALIDATION_FAILED', { field: 'coverageFrom', year });
  });

  it('refuses a purchase dated after the cover ended', () => {
    spec
      .given([])
      .when(purchase({ purchasedOn: '2024-01-01' }))
      .thenThrows('VALIDATION_FAILED', { field: 'purchasedOn', max: '2023-12-31' });
  });

  it.each([
    ['year', { year: 2023.5 }],
    ['coverageFrom', { coverageFrom: '2023-02-29' }],
    ['coverageTo', { coverageTo: '2023-12-32' }],
    ['purchasedOn', { purchasedOn: '20221220' }],
    ['insurer', { insurer: '  ' }],
    ['product', { product: '' }],
    ['targetEnrolment', { targetEnrolment: 0 }],
    ['targetEnrolment', { targetEnrolment: 55.5 }],
  ])('refuses an invalid %s', (field, overrides) => {
    spec.given([]).when(purchase(overrides)).thenThrows('VALIDATION_FAILED', { field });
  });
});

describe('any other command before the policy is purchased', () => {
  const commands: PolicyCommand[] = [enrolMember('p-mother'), removeMember('p-mother', '2023-05-01')];

  it.each(commands.map((command) => [command.type, command] as const))(
    '%s is refused with NOT_FOUND',
    (_type, command) => {
      spec.given([]).when(command).thenThrows('NOT_FOUND', { kind: 'policy', year });
    },
  );
});
