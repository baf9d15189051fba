import { compareCivilDates } from '@careledger/domain-kernel';
import type { EnrolmentPeriod, PolicyState, PolicyTerms } from './policy.state';

/**
 * Pure questions asked of a folded policy, by command handlers (a claim needs the member to be
 * enrolled on its event date) and by the annual report.
 *
 * A period closed as DUPLICATE never counts: the same human is insured under their other
 * enrolment, so the duplicate was never a second insured person.
 */

/** Was `personId` covered by this policy on the civil day `date` (both ends of a period inclusive)? */
export function isEnrolledOn(state: PolicyState, personId: string, date: string): boolean {
  if (state.status !== 'purchased') return false;
  const periods = state.enrolments.get(personId) ?? [];
  return periods.some((period) => {
    const to = lastCoveredDay(period, state.terms);
    return (
      period.removal?.reason !== 'DUPLICATE' &&
      compareCivilDates(period.coverageFrom, date) <= 0 &&
      compareCivilDates(date, to) <= 0
    );
  });
}

export type PremiumTotal = {
  /** Persons with at least one day of cover in the policy year, each counted once. */
  readonly insuredPersons: number;
  readonly premiumPerPersonFen: number;
  /** insuredPersons × premiumPerPersonFen, e.g. 560 × 15000 = 8400000 fen (84,000 元). */
  readonly totalFen: number;
  readonly targetEnrolment: number | null;
};

/**
 * The year's premium: every person insured at any time in the year pays the full yearly premium.
 * In the seed's practice (辰溪 2023: 560 × 150 元 = 84,000 元) the premium is paid for the year and a
 * removal (death, exit) does not refund any part of it, so removed persons still count and a
 * person enrolled twice counts once. Periods that were empty (removed before cover began) or
 * closed as DUPLICATE do not count.
 */
export function policyPremiumTotal(state: PolicyState): PremiumTotal | null {
  if (state.status !== 'purchased') return null;
  const { premiumPerPersonFen, targetEnrolment } = state.terms;
  let insuredPersons = 0;
  for (const periods of state.enrolments.values()) {
    if (periods.some((period) => hadCover(period, state.terms))) insuredPersons += 1;
  }
  const totalFen = insuredPersons * premiumPerPersonFen;
  return { insuredPersons, premiumPerPersonFen, totalFen, targetEnrolment };
}

function lastCoveredDay(period: EnrolmentPeriod, terms: PolicyTerms): string {
  return period.removal?.removedOn ?? terms.coverageTo;
}

function hadCover(period: EnrolmentPeriod, terms: PolicyTerms): boolean {
  return (
    period.removal?.reason !== 'DUPLICATE' &&
    compareCivilDates(period.coverageFrom, lastCoveredDay(period, terms)) <= 0
  );
}
