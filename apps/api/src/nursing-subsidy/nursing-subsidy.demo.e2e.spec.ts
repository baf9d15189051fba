import { CommandBus } from '@nestjs/cqrs';
import type { DemoCaseRef, DemoRun } from '../demo/demo-seed.types';
import { DEMO_USERS } from '../shared/actor';
import type { CommandResult } from '../shared/command-result.type';
import { startTestApp, type TestApp } from '../testing/test-app';
import { seedNursingSubsidyDemo } from './nursing-subsidy.demo';
import { logHead, openFamily } from './testing/subsidy-test-kit';

const LIST = `{ subsidyApplications(first: 100) { totalCount edges { node {
  status admittedOn dischargedOn amountFen sunshineRef failureReason lastOpinion
  computation { years { year } } steps { kind actorId } } } } }`;

/** The demo applications, seeded through the bus for cases opened here (the case seed is the lead's). */
describe('nursing-subsidy demo seed', () => {
  let app: TestApp;
  let cases: DemoCaseRef[];
  let run: DemoRun;
  beforeAll(async () => {
    app = await startTestApp();
    const bus = app.running.app.get(CommandBus);
    run = (command) => bus.execute(command) as Promise<CommandResult>;
    const ctx = { actor: DEMO_USERS[0]!, correlationId: 'demo-seed' };
    cases = [];
    for (let i = 0; i < 7; i += 1) {
      const { caseId, head, spouse } = await openFamily(app, 30 + i);
      cases.push({ index: i, caseId, township: 'CY', openedOn: '2021-03-15', personIds: [head, spouse], ctx });
    }
    await seedNursingSubsidyDemo(run, cases);
  });
  afterAll(async () => {
    await app.close();
  });

  it('seeds eight applications of 2023 in every kind of state', async () => {
    const { data } = await app.gql(LIST);
    const nodes = data!['subsidyApplications'].edges.map((e: { node: Record<string, any> }) => e.node);
    expect(nodes).toHaveLength(8);
    expect(nodes.map((n: { status: string }) => n.status).sort()).toEqual(
      ['applied', 'noticePosted', 'paid', 'paid', 'paymentIssued', 'rejected', 'settled', 'withdrawn'].sort(),
    );
    const byStatus = (status: string) => nodes.filter((n: { status: string }) => n.status === status);
    expect(byStatus('settled')[0]).toMatchObject({ sunshineRef: 'YG-431223-2023-0012', amountFen: 140000 });
    expect(nodes.find((n: { failureReason: string | null }) => n.failureReason)?.steps.map((s: { kind: string }) => s.kind)).toContain('PaymentReissued');
    expect(nodes.find((n: { lastOpinion: string | null; status: string }) => n.status === 'paid' && n.lastOpinion)?.steps.map((s: { kind: string }) => s.kind))
      .toContain('DocumentsSupplemented');
    const crossing = byStatus('applied')[0];
    expect(crossing.computation.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);
    expect(byStatus('settled')[0].steps.at(-1)).toMatchObject({ kind: 'ReimbursementSettled', actorId: 'county-officer' });
  });

  it('is idempotent: seeding again appends nothing', async () => {
    const head = await logHead(app);
    await seedNursingSubsidyDemo(run, cases);
    expect(await logHead(app)).toBe(head);
  });
});
