import { CommandBus } from '@nestjs/cqrs';
import type { CommandResult } from '../shared/command-result.type';
import type { DemoCaseRef } from '../demo/demo-seed.types';
import { DEMO_USERS } from '../shared/actor';
import { startTestApp, type TestApp } from '../testing/test-app';
import { seedInsuranceDemo } from './insurance.demo';
import { openFamily } from './insurance.testing';

describe('insurance demo seed', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('seeds the 2023 policy, enrolments, a removal and claims in every outcome, and resumes without duplicates', async () => {
    const cases: DemoCaseRef[] = [];
    for (const [index, township] of ['CY', 'XP', 'HMC', 'HXK', 'SX'].entries()) {
      const { caseId, personIds } = await openFamily(app, township, ['甲', '乙']);
      const actor = DEMO_USERS.find((u) => u.township === township) ?? DEMO_USERS[2]!;
      cases.push({ index, caseId, township, openedOn: '2021-03-15', personIds, ctx: { actor, correlationId: 'demo-seed' } });
    }
    const bus = app.running.app.get(CommandBus);
    const run = (command: Parameters<CommandBus['execute']>[0]) => bus.execute(command) as Promise<CommandResult>;
    await seedInsuranceDemo(run, cases);
    await seedInsuranceDemo(run, cases); // fixed command ids: a second run appends nothing

    const { data } = await app.gql(`{
      insurancePolicy(id: "2023") { enrolledCount insuredPersons premiumTotalFen revision }
      insuranceClaims(first: 20) { totalCount edges { node { status township } } }
    }`);
    expect(data!['insurancePolicy']).toEqual({ enrolledCount: 9, insuredPersons: 10, premiumTotalFen: 150000, revision: 11 });
    const statuses = data!['insuranceClaims'].edges.map((e: { node: { status: string; township: string } }) => `${e.node.township}:${e.node.status}`);
    expect(statuses.sort()).toEqual(['CY:SETTLED', 'HMC:SENT_TO_INSURER', 'HXK:DOCUMENTS_SUBMITTED', 'SX:WITHDRAWN', 'XP:REJECTED']);
  });
});
