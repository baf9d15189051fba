import { visitStreamId } from '@careledger/domain-visit';
import { TestClock } from '../testing/test-clock';
import { startTestApp, type TestApp } from '../testing/test-app';
import { FundCharges } from './fund-charges';
import { allocateFund, eventCount, FUND, FUND_ID, openFamily, send, streamTypes, VISIT, visitInput } from './visit.testing';

describe('visit cash aid across the visit and fund streams (real server, embedded store)', () => {
  let app: TestApp;
  let family: { caseId: string; personIds: string[] };
  beforeEach(async () => {
    app = await startTestApp({}, { clock: new TestClock('2023-10-08T02:00:00Z') });
    family = await openFamily(app);
  });
  afterEach(async () => {
    await app.close();
  });

  const fund = async () => (await app.gql(FUND, { id: FUND_ID })).data!['fund'];

  it('lets exactly one of two concurrent visits through when together they would overdraw the fund', async () => {
    await allocateFund(app, 100_000);
    const before = eventCount(app);
    const results = await Promise.all(
      ['race-a', 'race-b'].map((commandId) =>
        send(app, 'recordVisit', { ...visitInput(family.caseId, family.personIds, { cashAidFen: 60_000, fundId: FUND_ID }), commandId }),
      ),
    );
    expect(results.filter((r) => r.data).length).toBe(1);
    const refused = results.find((r) => r.code);
    expect(refused).toMatchObject({ code: 'INSUFFICIENT_FUNDS', details: { field: 'cashAidFen' } });
    expect(await fund()).toMatchObject({ spentFen: 60_000, remainingFen: 40_000 });
    // One expenditure and one visit: the refused visit left nothing on either stream.
    expect(eventCount(app)).toBe(before + 2);
    expect((await app.gql('{ visits { totalCount } }')).data).toEqual({ visits: { totalCount: 1 } });
  });

  it('completes a visit whose process died after charging the fund when the same commandId is re-sent', async () => {
    await allocateFund(app, 50_000);
    const input = { ...visitInput(family.caseId, family.personIds, { cashAidFen: 50_000, fundId: FUND_ID }), visitId: 'v-crash', commandId: 'cmd-crash' };
    // The handler's first step alone, as if the process stopped before appending the visit.
    const charges = app.running.app.get(FundCharges);
    await charges.reconcile({
      linkedStreamId: visitStreamId('v-crash'),
      target: { fundId: FUND_ID, amountFen: 50_000 },
      funds: [await charges.load(FUND_ID)],
      commandId: 'cmd-crash',
      context: { actor: { id: 'caseworker-cy', name: '刘芳', role: 'caseworker', township: 'CY' }, correlationId: null },
      spentOn: '2023-09-28',
      description: '走访慰问现金救助',
      reason: '',
      progress: { appended: false },
    });
    expect(await fund()).toMatchObject({ spentFen: 50_000, remainingFen: 0, revision: 1 });
    expect(eventCount(app, 'visit-v-crash')).toBe(0);

    // The fund is empty now, yet the resend is not refused for its own money, and charges nothing twice.
    const resent = await send(app, 'recordVisit', input);
    expect(resent.code).toBeUndefined();
    expect(await fund()).toMatchObject({ spentFen: 50_000, revision: 1 });
    expect((await app.gql(VISIT, { id: 'v-crash' })).data!['visit']).toMatchObject({ cashAidFen: 50_000, status: 'RECORDED' });
    expect(streamTypes(app, `fund-${FUND_ID}`)).toEqual(['BudgetAllocated', 'ExpenditureRecorded']);
  });

  it("puts the visit's history on the family timeline in order, with the fund's re-charge linked to it", async () => {
    await allocateFund(app, 100_000);
    const { data } = await send(app, 'recordVisit', visitInput(family.caseId, family.personIds, { cashAidFen: 20_000, fundId: FUND_ID }));
    const visitId = data!['id'] as string;
    await send(app, 'amendVisit', { visitId, reason: '实发金额更正', cashAidFen: 30_000 });
    await send(app, 'voidVisit', { visitId, reason: '重复登记' });
    const res = await app.gql(`query($id: ID!) { case(id: $id) { timeline { type streamId position reason } } }`, { id: family.caseId });
    const timeline = res.data!['case'].timeline as { type: string; streamId: string; position: number; reason: string | null }[];
    const positions = timeline.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const visitEvents = timeline.filter((e) => e.streamId === `visit-${visitId}`);
    expect(visitEvents.map((e) => e.type)).toEqual(['VisitRecorded', 'VisitAmended', 'VisitVoided']);
    // Every fund line names the family it paid, so the charge, its reversal on amendment, the
    // re-charge and the final reversal are all on the family's timeline, each just before the
    // visit event it belongs to (the fund is charged first, then the visit is written).
    const [recorded, amended, voided] = visitEvents;
    const fundLines = timeline.filter((e) => e.streamId === `fund-${FUND_ID}`);
    expect(fundLines.map((e) => e.type)).toEqual(['ExpenditureRecorded', 'ExpenditureReversed', 'ExpenditureRecorded', 'ExpenditureReversed']);
    expect(fundLines[0]!.position).toBeLessThan(recorded!.position);
    expect(fundLines[2]!.position).toBeGreaterThan(recorded!.position);
    expect(fundLines[2]!.position).toBeLessThan(amended!.position);
    expect(fundLines[3]!.position).toBeLessThan(voided!.position);
    // The fund's own later entries (another family's aid, a receipt) never reach this family.
    const other = await openFamily(app);
    await send(app, 'recordVisit', visitInput(other.caseId, other.personIds, { cashAidFen: 10_000, fundId: FUND_ID }));
    const after = await app.gql(`query($id: ID!) { case(id: $id) { timeline { streamId } } }`, { id: family.caseId });
    expect((after.data!['case'].timeline as { streamId: string }[]).filter((e) => e.streamId === `fund-${FUND_ID}`)).toHaveLength(4);
    const ours = visitEvents;
    expect(ours.find((e) => e.type === 'VisitVoided')?.reason).toBe('重复登记');
  });
});
