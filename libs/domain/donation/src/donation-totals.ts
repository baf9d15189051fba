import type { DonationEvent } from './donation.events';

/** A year's donations as the annual report counts them: reversed ones excluded. Money in fen. */
export type DonationTotals = {
  readonly count: number;
  readonly amountFen: number;
  /** 配捐 added by sponsors. */
  readonly matchingFen: number;
  /** amountFen + matchingFen: the report's "线上募捐金额（含配捐）". */
  readonly totalFen: number;
};

export const NO_DONATIONS: DonationTotals = { count: 0, amountFen: 0, matchingFen: 0, totalFen: 0 };

/**
 * Adds one event to running totals: a reversal subtracts the amounts it carries. Any projection
 * (the donations read model, the annual report) folds the same way, so their figures agree.
 *
 * @example events.reduce(addToDonationTotals, NO_DONATIONS).totalFen
 */
export function addToDonationTotals(totals: DonationTotals, event: DonationEvent): DonationTotals {
  const sign = event.type === 'DonationRecorded' ? 1 : -1;
  const { amountFen, matchingFen } = event.data;
  return {
    count: totals.count + sign,
    amountFen: totals.amountFen + sign * amountFen,
    matchingFen: totals.matchingFen + sign * matchingFen,
    totalFen: totals.totalFen + sign * (amountFen + matchingFen),
  };
}
