import type { FundLedger } from './fund.state';
import { emptyLedger } from './fund.state';
import type { ExpenditureCategory } from './fund.vocabulary';
import { BASIC_EXPENDITURE_CATEGORIES, EXPENDITURE_CATEGORIES } from './fund.vocabulary';

/**
 * The ledger figures the annual report prints (决算: income, spending by category, shares, year-end
 * balance), as pure integer arithmetic on fen so the report reproduces to the fen and the basis
 * point. 1 basis point (bp) = 0.01 %.
 */
export type LedgerFigures = FundLedger & {
  /** allocated − spent: what may still be spent (the INSUFFICIENT_FUNDS limit). */
  readonly remainingFen: number;
  /** received − spent: the cash left, the report's 年末结余 (negative = spent ahead of receipts). */
  readonly balanceFen: number;
  /** Personnel + public spending (基本支出). */
  readonly basicSpentFen: number;
  /** Each basic category's share of basic spending, e.g. personnel 533,900 of 891,300 元 = 5990. */
  readonly basicSharesBp: Readonly<Record<(typeof BASIC_EXPENDITURE_CATEGORIES)[number], number>>;
  /** Each category's share of all spending. */
  readonly categorySharesBp: Readonly<Record<ExpenditureCategory, number>>;
};

export function ledgerFigures(ledger: FundLedger): LedgerFigures {
  const { spentByCategory, spentFen } = ledger;
  const basicSpentFen = BASIC_EXPENDITURE_CATEGORIES.reduce((sum, c) => sum + spentByCategory[c], 0);
  return {
    ...ledger,
    remainingFen: ledger.allocatedFen - spentFen,
    balanceFen: ledger.receivedFen - spentFen,
    basicSpentFen,
    basicSharesBp: {
      PERSONNEL: shareBasisPoints(spentByCategory.PERSONNEL, basicSpentFen),
      PUBLIC: shareBasisPoints(spentByCategory.PUBLIC, basicSpentFen),
    },
    categorySharesBp: mapCategories((c) => shareBasisPoints(spentByCategory[c], spentFen)),
  };
}

/** The ledgers of several funds added up, e.g. all funds of one year for the report. */
export function combineLedgers(ledgers: readonly FundLedger[]): FundLedger {
  return ledgers.reduce<FundLedger>(
    (sum, l) => ({
      allocatedFen: sum.allocatedFen + l.allocatedFen,
      receivedFen: sum.receivedFen + l.receivedFen,
      spentFen: sum.spentFen + l.spentFen,
      spentByCategory: mapCategories((c) => sum.spentByCategory[c] + l.spentByCategory[c]),
    }),
    emptyLedger(0),
  );
}

/**
 * `part / whole` in basis points, rounded half up (四舍五入) from the exact fraction; 0 when
 * `whole` is 0. Each share is rounded on its own, so shares may sum to 9999 or 10001, as in any
 * printed report. BigInt keeps `part × 10000` exact for any safe-integer amount.
 *
 * @example shareBasisPoints(53_390_000, 89_130_000) // 5990 (59.90 %)
 */
export function shareBasisPoints(part: number, whole: number): number {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || part < 0 || whole < 0) {
    throw new RangeError('shareBasisPoints takes non-negative whole numbers');
  }
  if (whole === 0) return 0;
  return Number((BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole)));
}

/** 5990 → '59.90%'. For labels and exports; the figures themselves stay integers. */
export function formatBasisPoints(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}

type PerCategory = Record<ExpenditureCategory, number>;

function mapCategories(value: (category: ExpenditureCategory) => number): PerCategory {
  return Object.fromEntries(EXPENDITURE_CATEGORIES.map((c) => [c, value(c)])) as PerCategory;
}
