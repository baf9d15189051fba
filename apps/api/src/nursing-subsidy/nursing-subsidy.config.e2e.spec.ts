import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXAMPLE_SUBSIDY_RULES } from '@careledger/domain-nursing-subsidy';
import { ConfigError } from '@careledger/platform';
import { startTestApp, type TestApp } from '../testing/test-app';
import { application, COUNTY, logHead, mutate, openFamily, refused, stay } from './testing/subsidy-test-kit';

/** The rules come from configuration: a second rule set changes what later stays get; a bad file stops start-up. */
describe('nursing subsidy rules from configuration', () => {
  let dir: string;
  let app: TestApp;
  const ruleSet2023 = {
    ...EXAMPLE_SUBSIDY_RULES,
    eligibleGrades: ['LEVEL_3A', 'LEVEL_3B', 'LEVEL_2A'],
    effectiveFrom: '2023-07-01',
    dailyRateFen: 8000,
    dayCounting: 'BOTH_ENDS',
    capPerStayDays: 5,
    noticeRequired: false,
    noticeDays: 0,
  };
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'careledger-subsidy-rules-'));
    writeFileSync(path.join(dir, 'rules.json'), JSON.stringify({ ruleSets: [EXAMPLE_SUBSIDY_RULES, ruleSet2023] }));
    app = await startTestApp({ CARELEDGER_SUBSIDY_RULES: path.join(dir, 'rules.json') });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies the rule set in force on admission, and its notice rule', async () => {
    const rules = (await app.gql('{ subsidyRules { effectiveFrom effectiveUntil inForce capPerStayDays } }')).data!['subsidyRules'];
    expect(rules).toEqual([
      { effectiveFrom: '2020-01-01', effectiveUntil: '2023-06-30', inForce: false, capPerStayDays: null },
      { effectiveFrom: '2023-07-01', effectiveUntil: null, inForce: true, capPerStayDays: 5 },
    ]);
    const { caseId, head } = await openFamily(app, 11);
    const before = await mutate(app, 'applyForSubsidy', stay(caseId, head, '2023-06-20', '2023-06-30'));
    expect((await application(app, before.id)).computation).toMatchObject({ rulesEffectiveFrom: '2020-01-01', daysCounted: 10, amountFen: 100000 });

    const { id } = await mutate(app, 'applyForSubsidy', stay(caseId, head, '2023-07-10', '2023-07-19'));
    const after = await application(app, id);
    expect(after.computation).toMatchObject({
      rulesEffectiveFrom: '2023-07-01',
      dayCounting: 'BOTH_ENDS',
      daysCounted: 10,
      daysPayable: 5,
      amountFen: 40000,
      capsApplied: ['STAY_CAP', 'YEAR_DAYS_CAP'],
    });
    expect(after.noticeRequired).toBe(false);
    await mutate(app, 'reviewSubsidyByTownship', { applicationId: id, decision: 'APPROVED' });
    const approved = await mutate(app, 'reviewSubsidyByCounty', { applicationId: id, decision: 'APPROVED' }, COUNTY);
    expect((await application(app, id, approved.position)).allowedActions).toEqual(['submitSubsidyToSunshine', 'issueSubsidyPayment']);
    const head0 = await logHead(app);
    const error = await refused(app, 'postSubsidyNotice', { applicationId: id, postedOn: '2023-08-01' }, COUNTY);
    expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', details: { noticeRequired: false } });
    expect(await logHead(app)).toBe(head0);
    await mutate(app, 'issueSubsidyPayment', { applicationId: id, batchId: 'YKT-1', period: '202308', amountFen: 40000, issuedOn: '2023-08-01' }, COUNTY);
    expect((await application(app, id)).status).toBe('paymentIssued');
  });

  it('refuses to start with a bad rules file', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ruleSets: [{ ...EXAMPLE_SUBSIDY_RULES, dailyRateFen: 99.5 }] }));
    const start = startTestApp({ CARELEDGER_SUBSIDY_RULES: bad });
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(/ruleSets\[0\]\.dailyRateFen/);
  });
});
