import type { CommandBus } from '@nestjs/cqrs';
import { CommandBus as Bus } from '@nestjs/cqrs';
import type { DemoCaseRef } from '../demo/demo-seed.types';
import { DEMO_USERS } from '../shared/actor';
import { startTestApp, type TestApp } from '../testing/test-app';
import { seedVisitDemo } from './visit.demo';
import { allocateFund, FUND, FUND_ID, openFamily } from './visit.testing';

describe('visits demo seed (real server, embedded store)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('records ten visits (one amended, one voided) and two activities, charging the fund; a rerun adds nothing', async () => {
    await allocateFund(app, 7_000_000);
    const ctx = { actor: DEMO_USERS[0]!, correlationId: 'demo-seed' };
    const cases: DemoCaseRef[] = [];
    for (let index = 0; index < 8; index += 1) {
      const { caseId, personIds } = await openFamily(app, 'CY', 2);
      cases.push({ index, caseId, township: 'CY', openedOn: '2023-01-05', personIds, ctx });
    }
    const bus: CommandBus = app.running.app.get(Bus);
    const run = (command: Parameters<CommandBus['execute']>[0]) => bus.execute(command) as never;
    await seedVisitDemo(run, cases);
    await seedVisitDemo(run, cases);

    const res = await app.gql(`{ visits(first: 50, filter: { includeVoided: true }) { totalCount edges { node { status amendmentCount cashAidFen } } }
      activities { totalCount edges { node { attendeeCount cashAidFen } } } }`);
    const visits = res.data!['visits'].edges.map((e: { node: unknown }) => e.node);
    expect(visits).toHaveLength(10);
    expect(visits.filter((v: { status: string }) => v.status === 'VOIDED')).toHaveLength(1);
    expect(visits.filter((v: { amendmentCount: number }) => v.amendmentCount === 1)).toHaveLength(1);
    expect(res.data!['activities'].totalCount).toBe(2);
    // 500 + 500 + 1,000 (amended from 800) + 300 + 600 元 of visits, and 600 元 at the activity.
    expect((await app.gql(FUND, { id: FUND_ID })).data!['fund'].spentFen).toBe(350_000);
  });
});
