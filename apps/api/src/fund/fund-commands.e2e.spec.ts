import { startTestApp, type TestApp } from '../testing/test-app';
import { ALLOCATION, fundOf, head, ok, send, type Input } from './fund.testing';

const FUND_ID = '2023-care-action';
const receipt: Input = { fundId: FUND_ID, amountFen: 5_000_000, receivedOn: '2023-02-01', source: '县财政局' };
const expense: Input = { fundId: FUND_ID, category: 'PUBLIC', amountFen: 120_050, spentOn: '2023-03-02', description: '宣传资料印刷' };
const adjustment: Input = { fundId: FUND_ID, deltaFen: 1_000_000, adjustedOn: '2023-09-01', reason: '县财政追加预算' };

describe('fund commands (real server, embedded store)', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
    await ok(app, 'allocateBudget', ALLOCATION);
  });
  afterEach(async () => {
    await app.close();
  });

  /** Sends a command that must be refused: its code and field, and proof nothing was appended. */
  async function refused(name: string, input: Input) {
    const [before, fund] = [await head(app), await fundOf(app, FUND_ID)];
    const outcome = await send(app, name, input);
    expect(outcome.result).toBeNull();
    expect(await head(app)).toBe(before);
    expect(await fundOf(app, FUND_ID)).toEqual(fund);
    return { code: outcome.code, field: outcome.field };
  }

  it('receives funds: received rises, createdId is the receipt id, idempotent per commandId', async () => {
    const result = await ok(app, 'receiveFunds', { ...receipt, commandId: 'r-1' });
    expect(result).toMatchObject({ id: FUND_ID, revision: 1 });
    expect(result.createdId).toEqual(expect.any(String));
    expect(await ok(app, 'receiveFunds', { ...receipt, commandId: 'r-1' })).toEqual(result);
    expect(await fundOf(app, FUND_ID)).toMatchObject({ receivedFen: 5_000_000, remainingFen: 7_000_000, revision: 1 });
  });

  it.each([
    ['zero fen', { amountFen: 0 }, 'VALIDATION_FAILED', 'amountFen'],
    ['negative fen', { amountFen: -100 }, 'VALIDATION_FAILED', 'amountFen'],
    ['a date outside the fund year', { receivedOn: '2022-12-31' }, 'VALIDATION_FAILED', 'receivedOn'],
    ['an empty source', { source: '' }, 'VALIDATION_FAILED', 'source'],
    ['an unknown fund', { fundId: '2023-nope' }, 'NOT_FOUND', null],
    ['fractional fen', { amountFen: 1.5 }, 'VALIDATION_FAILED', 'amountFen'],
  ])('refuses a receipt with %s', async (_label, change, code, field) => {
    expect(await refused('receiveFunds', { ...receipt, ...change })).toEqual({ code, field });
  });

  it('records an expenditure: spent rises and remaining falls by it', async () => {
    const result = await ok(app, 'recordExpenditure', expense);
    expect(result).toMatchObject({ id: FUND_ID, revision: 1 });
    expect(await fundOf(app, FUND_ID)).toMatchObject({ spentFen: 120_050, remainingFen: 6_879_950 });
  });

  it.each([
    ['zero fen', { amountFen: 0 }, 'VALIDATION_FAILED', 'amountFen'],
    ['negative fen', { amountFen: -5 }, 'VALIDATION_FAILED', 'amountFen'],
    ['a date outside the fund year', { spentOn: '2024-01-02' }, 'VALIDATION_FAILED', 'spentOn'],
    ['an empty description', { description: '  ' }, 'VALIDATION_FAILED', 'description'],
    ['more than the fund has left', { amountFen: 7_000_001 }, 'INSUFFICIENT_FUNDS', 'amountFen'],
    ['an unknown fund', { fundId: '2023-nope' }, 'NOT_FOUND', null],
    ['an unknown category', { category: 'TRAVEL' }, 'BAD_USER_INPUT', null],
    ['an unknown family', { caseIds: ['no-such-case'] }, 'CASE_NOT_FOUND', 'caseIds'],
  ])('refuses an expenditure with %s', async (_label, change, code, field) => {
    expect(await refused('recordExpenditure', { ...expense, ...change })).toEqual({ code, field });
  });

  it('refuses overdrawing after earlier spending with INSUFFICIENT_FUNDS', async () => {
    await ok(app, 'recordExpenditure', { ...expense, amountFen: 6_000_000 });
    expect(await refused('recordExpenditure', { ...expense, amountFen: 1_000_001 })).toEqual({ code: 'INSUFFICIENT_FUNDS', field: 'amountFen' });
  });

  it('reverses an expenditure once with a reason: its money returns; a second reversal is refused', async () => {
    const spent = await ok(app, 'recordExpenditure', expense);
    const reversal = { fundId: FUND_ID, expenditureId: spent.createdId, reason: '重复录入' };
    expect(await ok(app, 'reverseExpenditure', reversal)).toMatchObject({ id: FUND_ID, revision: 2 });
    expect(await fundOf(app, FUND_ID)).toMatchObject({ spentFen: 0, remainingFen: 7_000_000 });
    expect(await refused('reverseExpenditure', reversal)).toEqual({ code: 'INVALID_TRANSITION', field: null });
  });

  it.each([
    ['an empty reason', { reason: ' ' }, 'REASON_REQUIRED', 'reason'],
    ['an unknown expenditure', { expenditureId: 'nope' }, 'NOT_FOUND', null],
    ['an unknown fund', { fundId: '2023-nope' }, 'NOT_FOUND', null],
  ])('refuses a reversal with %s', async (_label, change, code, field) => {
    const spent = await ok(app, 'recordExpenditure', expense);
    const reversal = { fundId: FUND_ID, expenditureId: spent.createdId, reason: '重复录入', ...change };
    expect(await refused('reverseExpenditure', reversal)).toEqual({ code, field });
  });

  it('adjusts the allocation up and down with a reason', async () => {
    await ok(app, 'adjustAllocation', adjustment);
    await ok(app, 'adjustAllocation', { ...adjustment, deltaFen: -500_000, reason: '调减' });
    expect(await fundOf(app, FUND_ID)).toMatchObject({ allocatedFen: 7_500_000, remainingFen: 7_500_000, revision: 2 });
  });

  it.each([
    ['zero delta', { deltaFen: 0 }, 'VALIDATION_FAILED', 'deltaFen'],
    ['an empty reason', { reason: '' }, 'REASON_REQUIRED', 'reason'],
    ['a date outside the fund year', { adjustedOn: '2024-03-01' }, 'VALIDATION_FAILED', 'adjustedOn'],
    ['a cut below what is spent', { deltaFen: -6_900_000 }, 'INSUFFICIENT_FUNDS', 'deltaFen'],
    ['an unknown fund', { fundId: '2023-nope' }, 'NOT_FOUND', null],
  ])('refuses an adjustment with %s', async (_label, change, code, field) => {
    await ok(app, 'recordExpenditure', { ...expense, amountFen: 200_000 });
    expect(await refused('adjustAllocation', { ...adjustment, ...change })).toEqual({ code, field });
  });

  it('refuses a stale expectedRevision with CONCURRENCY_CONFLICT', async () => {
    await ok(app, 'receiveFunds', receipt);
    expect(await refused('recordExpenditure', { ...expense, expectedRevision: 0 })).toEqual({ code: 'CONCURRENCY_CONFLICT', field: null });
  });
});
