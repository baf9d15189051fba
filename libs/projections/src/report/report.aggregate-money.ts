import { shareBasisPoints } from '@careledger/domain-fund';
import type { DonationFact, ExpenditureFact, ReceiptFact, ReportFact } from './report-facts.types';
import type { FigureEntry, ReportSource } from './report.aggregate.types';
import { sumFen } from './report.aggregate-care';
import { CARE_ACTION_FUND_CODE } from './report.figures';
import { sourceOf } from './report.scope';

/** County-only money figures: the care action fund, the year's budget (决算) and online donations. */
export function moneyFigures(facts: readonly ReportFact[], year: number): FigureEntry[] {
  const spent = facts.filter((f): f is ExpenditureFact => f.kind === 'EXPENDITURE' && f.data.year === year && !f.data.reversed);
  const spentSource = (f: ExpenditureFact) => sourceOf(f, f.data.expenditureId, [], f.data.amountFen);
  const spentIn = (category: ExpenditureFact['data']['category']) => spent.filter((f) => f.data.category === category).map(spentSource);
  const careFunds = facts.filter((f) => f.kind === 'FUND' && f.data.year === year && f.data.code === CARE_ACTION_FUND_CODE);
  const careAllocated = careFunds.map((f) => sourceOf(f, f.kind === 'FUND' ? f.data.fundId : f.factId, [], f.kind === 'FUND' ? f.data.allocatedFen : 0));
  const careSpent = spent.filter((f) => f.data.code === CARE_ACTION_FUND_CODE).map(spentSource);
  const income = facts
    .filter((f): f is ReceiptFact => f.kind === 'RECEIPT' && f.data.year === year)
    .map((f) => sourceOf(f, f.data.receiptId, [], f.data.amountFen));
  const personnel = spentIn('PERSONNEL');
  const publicSpent = spentIn('PUBLIC');
  const special = spentIn('SPECIAL');
  const basic = [...personnel, ...publicSpent];
  const basicFen = sumFen(basic);
  return [
    ['funds.careActionAllocatedFen', sumFen(careAllocated), careAllocated],
    ['funds.careActionSpentFen', sumFen(careSpent), careSpent],
    ['budget.incomeFen', sumFen(income), income],
    ['budget.personnelFen', sumFen(personnel), personnel],
    ['budget.publicFen', sumFen(publicSpent), publicSpent],
    ['budget.specialFen', sumFen(special), special],
    ['budget.basicFen', basicFen, basic],
    ['budget.personnelShareBp', shareBasisPoints(sumFen(personnel), basicFen), personnel],
    ['budget.publicShareBp', shareBasisPoints(sumFen(publicSpent), basicFen), publicSpent],
    ['budget.balanceFen', sumFen(income) - basicFen - sumFen(special), [...income, ...basic, ...special]],
    ['donations.totalFen', ...donations(facts, year)],
    ['donations.previousYearTotalFen', ...donations(facts, year - 1)],
  ];
}

function donations(facts: readonly ReportFact[], year: number): [number, ReportSource[]] {
  const sources = facts
    .filter((f): f is DonationFact => f.kind === 'DONATION' && f.data.year === year && !f.data.reversed)
    .map((f) => sourceOf(f, f.data.donationId, [], f.data.amountFen + f.data.matchingFen));
  return [sumFen(sources), sources];
}
