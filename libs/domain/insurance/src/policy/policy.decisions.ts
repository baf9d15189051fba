import {
  assertCivilDate,
  assertFen,
  compareCivilDates,
  requireText,
  validationFailed,
} from '@careledger/domain-kernel';
import { policyAlreadyExists } from '../insurance.errors';
import type { PurchasePolicy } from './policy.commands';
import type { PolicyPurchased } from './policy.events';
import type { PolicyState, PolicyTerms } from './policy.state';

/**
 * One policy per year. Buying the same terms again (a retry) is already done; other terms for a
 * year that has a policy are refused: the purchase is a fact, not a draft to overwrite.
 */
export function purchasePolicy(data: PurchasePolicy['data'], state: PolicyState): PolicyPurchased[] {
  const terms = validTerms(data);
  if (state.status === 'purchased') {
    if (sameTerms(state.terms, terms)) return [];
    throw policyAlreadyExists(terms.year);
  }
  return [{ type: 'PolicyPurchased', data: terms }];
}

function validTerms(data: PurchasePolicy['data']): PolicyTerms {
  const year = data.year;
  if (!Number.isSafeInteger(year)) throw validationFailed('year', 'year must be a whole number');
  const coverageFrom = assertCivilDate('coverageFrom', data.coverageFrom);
  // The policy year is the year its cover starts: the stream is `policy-<year>` and a claim
  // names the policy year, so cover starting in another year would make both ambiguous.
  if (coverageFrom.slice(0, 4) !== String(year)) {
    throw validationFailed('coverageFrom', 'coverageFrom must fall in the policy year', { year });
  }
  const coverageTo = assertCivilDate('coverageTo', data.coverageTo);
  if (compareCivilDates(coverageTo, coverageFrom) < 0) {
    throw validationFailed('coverageTo', 'coverageTo cannot be before coverageFrom', { min: coverageFrom });
  }
  const purchasedOn = assertCivilDate('purchasedOn', data.purchasedOn);
  if (compareCivilDates(purchasedOn, coverageTo) > 0) {
    throw validationFailed('purchasedOn', 'purchasedOn cannot be after the cover ended', { max: coverageTo });
  }
  const premiumPerPersonFen = assertFen('premiumPerPersonFen', data.premiumPerPersonFen);
  if (premiumPerPersonFen === 0) {
    throw validationFailed('premiumPerPersonFen', 'premiumPerPersonFen must be more than zero', { min: 1 });
  }
  return {
    year,
    insurer: requireText('insurer', data.insurer, { max: 100 }),
    product: requireText('product', data.product, { max: 100 }),
    premiumPerPersonFen,
    coverageFrom,
    coverageTo,
    purchasedOn,
    targetEnrolment: optionalTarget(data.targetEnrolment),
  };
}

function optionalTarget(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    const message = 'targetEnrolment must be a whole number of persons, at least 1';
    throw validationFailed('targetEnrolment', message, { min: 1 });
  }
  return value;
}

function sameTerms(a: PolicyTerms, b: PolicyTerms): boolean {
  return (Object.keys(a) as (keyof PolicyTerms)[]).every((key) => a[key] === b[key]);
}
