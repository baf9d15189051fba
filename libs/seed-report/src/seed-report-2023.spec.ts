import { shareBasisPoints } from '@careledger/domain-fund';
import { SEED_REPORT_2023_FIGURES as f } from './seed-report-2023.figures';
import { SEED_REPORT_2023_TARGETS } from './seed-report-2023.targets';
import { REPORT_SECTIONS } from './report-sections';

// The published table must add up before a generated year is asked to reproduce it.
describe('the seed report of 2023', () => {
  it('splits the subsidy issued into paid out and awaiting reimbursement', () => {
    expect(f['nursingSubsidy.paidOutFen'] + f['nursingSubsidy.awaitingReimbursementFen']).toBe(f['nursingSubsidy.issuedFen']);
    expect(f['nursingSubsidy.viaSunshineFen']).toBeLessThanOrEqual(f['nursingSubsidy.issuedFen']);
  });

  it('prices 560 insured at 150 元', () => {
    expect(f['insurance.premiumFen']).toBe(f['insurance.enrolledCount'] * 15_000);
  });

  it('closes the budget: basic = personnel + public, shares to the basis point, income − spending = balance', () => {
    expect(f['budget.personnelFen'] + f['budget.publicFen']).toBe(f['budget.basicFen']);
    expect(shareBasisPoints(f['budget.personnelFen'], f['budget.basicFen'])).toBe(f['budget.personnelShareBp']);
    expect(shareBasisPoints(f['budget.publicFen'], f['budget.basicFen'])).toBe(f['budget.publicShareBp']);
    expect(f['budget.incomeFen'] - f['budget.basicFen'] - f['budget.specialFen']).toBe(f['budget.balanceFen']);
  });

  it('has 100 points of indicators with distinct ids', () => {
    expect(SEED_REPORT_2023_TARGETS.reduce((s, t) => s + t.weight, 0)).toBe(100);
    expect(new Set(SEED_REPORT_2023_TARGETS.map((t) => t.indicatorId)).size).toBe(SEED_REPORT_2023_TARGETS.length);
  });

  it('lays every published figure out in one section, once (home visits are the visit count)', () => {
    const laid = REPORT_SECTIONS.flatMap((section) => section.keys as readonly string[]);
    expect(new Set(laid).size).toBe(laid.length);
    expect(Object.keys(f).filter((key) => !laid.includes(key))).toEqual(['visits.homeVisitCount']);
  });
});
