import { CommandBus } from '@nestjs/cqrs';
import { DEMO_USERS } from '../shared/actor';
import type { CommandResult } from '../shared/command-result.type';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ApplyForSubsidyCommand } from './apply-for-subsidy.command';
import type { ApplyForSubsidyInput } from './nursing-subsidy.inputs';
import { application, openFamily, stay } from './testing/subsidy-test-kit';

const LIST = `query($personId: ID!) { subsidyApplications(filter: { personId: $personId }) { totalCount edges { node { id amountFen } } } }`;

/**
 * Two applications of one person at the same moment: serialised per person, each sees the other.
 * Sent through the command bus in the same tick (over HTTP the embedded store answers so fast
 * that two requests hardly ever overlap), so without the per-person lock both would read the
 * same usage before either appended — these tests fail then.
 */
describe('nursing subsidy: concurrent applications of one person', () => {
  let app: TestApp;
  const ctx = { actor: DEMO_USERS[0]!, correlationId: null };
  const applyAll = (inputs: object[]) =>
    Promise.allSettled(
      inputs.map((input) =>
        app.running.app.get(CommandBus).execute(new ApplyForSubsidyCommand(input as ApplyForSubsidyInput, ctx)) as Promise<CommandResult>,
      ),
    );
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets exactly one of two simultaneous applications for the same stay succeed', async () => {
    const { caseId, head } = await openFamily(app, 21);
    const input = stay(caseId, head, '2023-09-01', '2023-09-11');
    const results = await applyAll([input, input, input]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code] : []));
    expect(refused).toEqual(['STAY_OVERLAPS', 'STAY_OVERLAPS']);
    const listed = (await app.gql(LIST, { personId: head })).data!['subsidyApplications'];
    expect(listed.totalCount).toBe(1);
  });

  it('makes the second of two simultaneous stays respect the yearly cap the first one used', async () => {
    const { caseId, spouse } = await openFamily(app, 22);
    // 60 + 60 days in one year, cap 90: whichever lands second gets 30 days.
    const results = await applyAll([stay(caseId, spouse, '2023-01-01', '2023-03-02'), stay(caseId, spouse, '2023-06-01', '2023-07-31')]);
    const ids = results.map((r) => (r.status === 'fulfilled' ? r.value.id : String(r.reason)));
    const amounts = await Promise.all(ids.map(async (id) => (await application(app, id)).amountFen));
    expect([...amounts].sort()).toEqual([300000, 600000]);
  });
});
