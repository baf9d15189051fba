import { CommandBus } from '@nestjs/cqrs';
import type { DemoRun } from '../demo/demo-seed.types';
import { startTestApp, type TestApp } from '../testing/test-app';
import { DEMO_DONATION_TOTALS, seedDonationDemo } from './donation.demo';
import { donations, donationYear, head } from './donation.testing';

describe('the donations demo seed (real server, embedded store)', () => {
  let app: TestApp;
  let run: DemoRun;
  beforeAll(async () => {
    app = await startTestApp();
    const bus = app.running.app.get(CommandBus);
    run = (command) => bus.execute(command);
    await seedDonationDemo(run, []);
  });
  afterAll(async () => {
    await app.close();
  });

  it("gives the seed report's totals: 71,811.16 元 in 2023 and 26,848.57 元 in 2022, the reversed duplicate left out", async () => {
    expect(await donationYear(app, 2023)).toMatchObject({ count: 3, totalFen: DEMO_DONATION_TOTALS[2023] });
    expect(DEMO_DONATION_TOTALS[2023]).toBe(7_181_116);
    expect(await donationYear(app, 2022)).toMatchObject({ count: 3, totalFen: 2_684_857 });
    const reversed = (await donations(app, { filter: { year: 2023 } })).edges.filter((e) => e.node['status'] === 'REVERSED');
    expect(reversed.map((e) => e.node['reversalReason'])).toEqual(['平台批次重复登记']);
  });

  it('is the same on a second run: fixed command ids append nothing', async () => {
    const before = await head(app);
    await seedDonationDemo(run, []);
    expect(await head(app)).toBe(before);
  });
});
