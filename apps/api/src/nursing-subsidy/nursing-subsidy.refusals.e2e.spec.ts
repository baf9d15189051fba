import { startTestApp, type TestApp } from '../testing/test-app';
import { application, COUNTY, logHead, mutate, openFamily, refused, stay } from './testing/subsidy-test-kit';

/**
 * Bad input and wrong transitions, per command: each gets its typed code (and field) and appends
 * NOTHING — neither the log head nor the application's revision and status move.
 */
describe('nursing subsidy refusals over GraphQL', () => {
  let app: TestApp;
  let family: { caseId: string; head: string; spouse: string };
  beforeAll(async () => {
    app = await startTestApp();
    family = await openFamily(app, 7);
  });
  afterAll(async () => {
    await app.close();
  });

  /** Expects `code` (and `details.field`) and proves that nothing was appended. */
  async function expectRefused(
    name: string,
    input: Record<string, unknown>,
    code: string,
    field?: string,
    user: string = COUNTY,
  ) {
    const id = input['applicationId'] as string | undefined;
    const before = { head: await logHead(app), application: id ? await application(app, id) : null };
    const error = await refused(app, name, input, user);
    expect({ name, code: error.extensions?.code, field: error.extensions?.details?.['field'] }).toEqual({
      name,
      code,
      field: field ?? error.extensions?.details?.['field'],
    });
    if (field) expect(error.extensions?.details?.['field']).toBe(field);
    expect(await logHead(app)).toBe(before.head);
    if (id && before.application) {
      const after = await application(app, id);
      expect({ revision: after.revision, status: after.status, steps: after.steps.length }).toEqual({
        revision: before.application.revision,
        status: before.application.status,
        steps: before.application.steps.length,
      });
    }
    return error;
  }

  const apply = (admittedOn: string, dischargedOn: string, extra: Record<string, unknown> = {}) => ({
    ...stay(family.caseId, family.head, admittedOn, dischargedOn),
    ...extra,
  });

  it('refuses bad applications: unknown case or member, dates, grade, rules, duplicates and overlaps', async () => {
    await expectRefused('applyForSubsidy', { ...apply('2023-01-02', '2023-01-05'), caseId: 'no-such-case' }, 'CASE_NOT_FOUND', 'caseId');
    await expectRefused('applyForSubsidy', { ...apply('2023-01-02', '2023-01-05'), personId: 'no-such-person' }, 'MEMBER_NOT_FOUND', 'personId');
    await expectRefused('applyForSubsidy', apply('2023-01-10', '2023-01-05'), 'VALIDATION_FAILED', 'dischargedOn');
    await expectRefused('applyForSubsidy', apply('2023-02-30', '2023-03-05'), 'VALIDATION_FAILED', 'admittedOn');
    await expectRefused('applyForSubsidy', apply('2023-01-02', '2023-01-05', { hospitalGrade: 'UNGRADED' }), 'VALIDATION_FAILED', 'hospitalGrade');
    await expectRefused('applyForSubsidy', apply('2023-01-02', '2023-01-05', { hospitalName: '  ' }), 'VALIDATION_FAILED', 'hospitalName');
    await expectRefused('applyForSubsidy', apply('2019-05-01', '2019-05-09'), 'VALIDATION_FAILED', 'ruleSets');
    await expectRefused('applyForSubsidy', apply('2023-01-02', '2023-01-05', { businessDate: '2023/01/06' }), 'VALIDATION_FAILED', 'businessDate');

    const first = await mutate(app, 'applyForSubsidy', apply('2023-01-02', '2023-01-12'));
    const duplicate = await expectRefused('applyForSubsidy', apply('2023-01-02', '2023-01-12'), 'STAY_OVERLAPS');
    expect(duplicate.extensions?.details).toMatchObject({ otherApplicationId: first.id, duplicate: true });
    const overlap = await expectRefused('applyForSubsidy', apply('2023-01-11', '2023-01-20'), 'STAY_OVERLAPS');
    expect(overlap.extensions?.details).toMatchObject({ otherApplicationId: first.id, duplicate: false });
    // The same application id with other details is not a retry.
    await expectRefused('applyForSubsidy', apply('2023-02-02', '2023-02-05', { applicationId: first.id }), 'ALREADY_EXISTS');
    // A retry of the same command is a no-op that answers the same result.
    const retry = apply('2023-03-02', '2023-03-05', { commandId: 'retry-1' });
    const once = await mutate(app, 'applyForSubsidy', retry);
    const head = await logHead(app);
    expect(await mutate(app, 'applyForSubsidy', retry)).toEqual(once);
    expect(await logHead(app)).toBe(head);
  });

  it('refuses a stay admitted after the member died, accepts the stay that ended with the death', async () => {
    const { caseId, spouse } = await openFamily(app, 8);
    await mutate(app, 'recordMemberDeath', { caseId, personId: spouse, diedOn: '2023-08-10' });
    await expectRefused('applyForSubsidy', stay(caseId, spouse, '2023-09-01', '2023-09-05'), 'MEMBER_DECEASED', 'admittedOn');
    await expectRefused('applyForSubsidy', stay(caseId, spouse, '2023-08-01', '2023-08-20'), 'VALIDATION_FAILED', 'dischargedOn');
    const last = await mutate(app, 'applyForSubsidy', stay(caseId, spouse, '2023-07-20', '2023-08-10'));
    expect((await application(app, last.id)).amountFen).toBe(210000);
  });

  it('refuses wrong transitions and bad input at every step of the workflow', async () => {
    const { id } = await mutate(app, 'applyForSubsidy', apply('2023-04-01', '2023-04-11'));
    const a = { applicationId: id };
    const unknown = { applicationId: 'no-such-application' };
    await expectRefused('reviewSubsidyByTownship', { ...unknown, decision: 'APPROVED' }, 'NOT_FOUND');
    await expectRefused('supplementSubsidyDocuments', { ...a, note: '补充' }, 'INVALID_TRANSITION');
    await expectRefused('reviewSubsidyByCounty', { ...a, decision: 'APPROVED' }, 'INVALID_TRANSITION');
    await expectRefused('issueSubsidyPayment', { ...a, batchId: 'B1', period: '202305', amountFen: 100000, issuedOn: '2023-05-01' }, 'INVALID_TRANSITION');
    await expectRefused('submitSubsidyToSunshine', { ...a, externalRef: 'YG-1', submittedOn: '2023-05-01' }, 'INVALID_TRANSITION');
    await expectRefused('postSubsidyNotice', { ...a, postedOn: '2023-05-01' }, 'INVALID_TRANSITION');
    await expectRefused('closeSubsidyNotice', { ...a, closedOn: '2023-05-01' }, 'INVALID_TRANSITION');
    await expectRefused('refuseSubsidyAfterNotice', { ...a, refusedOn: '2023-05-01', reason: '异议属实' }, 'INVALID_TRANSITION');
    await expectRefused('confirmSubsidyPayment', { ...a, paidOn: '2023-05-01' }, 'INVALID_TRANSITION');
    await expectRefused('settleSubsidyReimbursement', { ...a, settledOn: '2023-05-01', voucherNo: 'PZ-1' }, 'INVALID_TRANSITION');
    await expectRefused('reviewSubsidyByTownship', { ...a, decision: 'RETURNED' }, 'REASON_REQUIRED', 'opinion', 'caseworker-cy');
    await expectRefused('withdrawSubsidyApplication', { ...a, reason: ' ' }, 'REASON_REQUIRED', 'reason');
    await expectRefused('reviewSubsidyByTownship', { ...a, decision: 'APPROVED', expectedRevision: 5 }, 'CONCURRENCY_CONFLICT');

    await mutate(app, 'reviewSubsidyByTownship', { ...a, decision: 'RETURNED', opinion: '材料不全' });
    await expectRefused('supplementSubsidyDocuments', { ...a, note: '' }, 'VALIDATION_FAILED', 'note');
    await expectRefused('withdrawSubsidyApplication', { ...a, reason: '不再申请' }, 'INVALID_TRANSITION');
    await mutate(app, 'supplementSubsidyDocuments', { ...a, note: '已补齐' });
    await mutate(app, 'reviewSubsidyByTownship', { ...a, decision: 'APPROVED' });
    await expectRefused('withdrawSubsidyApplication', { ...a, reason: '不再申请' }, 'INVALID_TRANSITION');
    await expectRefused('reviewSubsidyByCounty', { ...a, decision: 'REJECTED', opinion: '' }, 'REASON_REQUIRED', 'opinion');
    await mutate(app, 'reviewSubsidyByCounty', { ...a, decision: 'APPROVED' }, COUNTY);

    // The rules require a notice: no payment or submission before it has run.
    await expectRefused('issueSubsidyPayment', { ...a, batchId: 'B1', period: '202305', amountFen: 100000, issuedOn: '2023-05-01' }, 'INVALID_TRANSITION');
    await expectRefused('submitSubsidyToSunshine', { ...a, externalRef: 'YG-1', submittedOn: '2023-05-01' }, 'INVALID_TRANSITION');
    await expectRefused('reviewSubsidyByTownship', { ...a, decision: 'RETURNED', opinion: '再看看' }, 'INVALID_TRANSITION');
    await expectRefused('postSubsidyNotice', { ...a, postedOn: '2023-13-01' }, 'VALIDATION_FAILED', 'postedOn');
    // No notice yet: nothing to refuse after.
    await expectRefused('refuseSubsidyAfterNotice', { ...a, refusedOn: '2023-05-01', reason: '异议属实' }, 'INVALID_TRANSITION');
    await mutate(app, 'postSubsidyNotice', { ...a, postedOn: '2023-05-01' }, COUNTY);
    await expectRefused('refuseSubsidyAfterNotice', { ...a, refusedOn: '2023-04-30', reason: '异议属实' }, 'VALIDATION_FAILED', 'refusedOn');
    await expectRefused('refuseSubsidyAfterNotice', { ...a, refusedOn: '2023-05-32', reason: '异议属实' }, 'VALIDATION_FAILED', 'refusedOn');
    await expectRefused('refuseSubsidyAfterNotice', { ...a, refusedOn: '2023-05-03', reason: '  ' }, 'REASON_REQUIRED', 'reason');
    await expectRefused('closeSubsidyNotice', { ...a, closedOn: '2023-05-07' }, 'VALIDATION_FAILED', 'closedOn');
    await mutate(app, 'closeSubsidyNotice', { ...a, closedOn: '2023-05-08' }, COUNTY);
    await expectRefused('submitSubsidyToSunshine', { ...a, externalRef: '', submittedOn: '2023-05-09' }, 'VALIDATION_FAILED', 'externalRef');

    const pay = { ...a, batchId: 'B1', period: '202305', amountFen: 100000, issuedOn: '2023-05-10' };
    await expectRefused('issueSubsidyPayment', { ...pay, amountFen: -100 }, 'VALIDATION_FAILED', 'amountFen');
    const mismatch = await expectRefused('issueSubsidyPayment', { ...pay, amountFen: 99999 }, 'VALIDATION_FAILED', 'amountFen');
    expect(mismatch.extensions?.details).toMatchObject({ rule: 'mismatch', expected: 100000 });
    await expectRefused('issueSubsidyPayment', { ...pay, amountFen: 100000.5 }, 'VALIDATION_FAILED', 'amountFen');
    await expectRefused('issueSubsidyPayment', { ...pay, period: '2023-05' }, 'VALIDATION_FAILED', 'period');
    await mutate(app, 'issueSubsidyPayment', pay, COUNTY);

    await expectRefused('reissueSubsidyPayment', { ...a, batchId: 'B2', period: '202306', issuedOn: '2023-06-01' }, 'INVALID_TRANSITION');
    await expectRefused('settleSubsidyReimbursement', { ...a, settledOn: '2023-06-01', voucherNo: 'PZ-1' }, 'INVALID_TRANSITION');
    await expectRefused('confirmSubsidyPayment', { ...a, paidOn: '2023-05-09' }, 'VALIDATION_FAILED', 'paidOn');
    await expectRefused('recordSubsidyPaymentFailure', { ...a, reason: '', failedOn: '2023-05-12' }, 'REASON_REQUIRED', 'reason');
    await mutate(app, 'recordSubsidyPaymentFailure', { ...a, reason: '卡号错误', failedOn: '2023-05-12' }, COUNTY);
    await expectRefused('reissueSubsidyPayment', { ...a, batchId: 'B1', period: '202306', issuedOn: '2023-06-01' }, 'VALIDATION_FAILED', 'batchId');
    await expectRefused('confirmSubsidyPayment', { ...a, paidOn: '2023-05-20' }, 'INVALID_TRANSITION');
    await mutate(app, 'reissueSubsidyPayment', { ...a, batchId: 'B2', period: '202306', issuedOn: '2023-06-01' }, COUNTY);
    await mutate(app, 'confirmSubsidyPayment', { ...a, paidOn: '2023-06-03' }, COUNTY);
    await expectRefused('recordSubsidyPaymentFailure', { ...a, reason: '退回', failedOn: '2023-06-05' }, 'INVALID_TRANSITION');
    await expectRefused('settleSubsidyReimbursement', { ...a, settledOn: '2023-06-02', voucherNo: 'PZ-1' }, 'VALIDATION_FAILED', 'settledOn');
    await expectRefused('settleSubsidyReimbursement', { ...a, settledOn: '2023-06-10', voucherNo: ' ' }, 'VALIDATION_FAILED', 'voucherNo');
    await mutate(app, 'settleSubsidyReimbursement', { ...a, settledOn: '2023-06-10', voucherNo: 'PZ-1' }, COUNTY);
    // Paid and settled: too late to refuse.
    await expectRefused('refuseSubsidyAfterNotice', { ...a, refusedOn: '2023-06-11', reason: '异议属实' }, 'INVALID_TRANSITION');
    await expectRefused('withdrawSubsidyApplication', { ...a, reason: '不再申请' }, 'INVALID_TRANSITION');
    expect((await application(app, id)).status).toBe('settled');
  });
});
