import type { SubsidyRules } from '@careledger/domain-nursing-subsidy';
import { addDays, periodOf } from '../civil-days';
import { type ActorFor, COUNTY_OFFICER, type PlannedCommand, type PlannedTask } from '../planned-command';
import type { SeededRandom } from '../seeded-random';
import { personKey } from './families.plan';
import { batchOf, type PlannedApplication, rulesOn } from './subsidy.plan';

/**
 * One application's way through the workflow, with dates a few working days apart: applied by
 * the township after discharge, reviewed by township and county, the notice (公示) when the rules
 * ask for one, the sunshine system, the one-card payment, the bank's answer and reimbursement.
 */
export function subsidyTask(app: PlannedApplication, ruleSets: readonly SubsidyRules[], actorFor: ActorFor, rng: SeededRandom, year: number): PlannedTask {
  const { applicationId, person, end } = app;
  const township = actorFor(person.family.township);
  const county = COUNTY_OFFICER;
  const rules = rulesOn(ruleSets, app.admittedOn);
  const k = (step: string) => `subsidy:${app.n}:${step}`;
  const task: PlannedCommand[] = [];
  const push = (step: string, mutation: string, actor: string, input: Record<string, unknown>) =>
    task.push({ key: k(step), mutation, actor, input: { applicationId, ...input } });
  let day = addDays(app.dischargedOn, rng.int(2, 6));
  const next = (min: number, max: number) => (day = addDays(day, rng.int(min, max)));

  // The input below is built when the command is sent, after `day` has moved on: keep the day applied.
  const appliedOn = day;
  task.push({
    key: k('apply'),
    mutation: 'applyForSubsidy',
    actor: township,
    input: (ids) => ({
      applicationId, caseId: person.family.caseId, personId: ids.get(personKey(person.member)), hospitalName: app.hospitalName, hospitalGrade: app.hospitalGrade,
      diagnosisCategory: app.diagnosisCategory, admittedOn: app.admittedOn, dischargedOn: app.dischargedOn, businessDate: appliedOn,
    }),
  });
  if (end === 'applied') return done(task, year);
  if (end === 'withdrawn') {
    push('withdraw', 'withdrawSubsidyApplication', township, { reason: '患者已通过其他渠道获得救助，家属申请撤回', businessDate: next(1, 4) });
    return done(task, year);
  }
  if (app.returnedFirst || end === 'returned') {
    push('return', 'reviewSubsidyByTownship', township, { decision: 'RETURNED', opinion: '缺少住院发票复印件和出院小结，请补齐后重新提交', businessDate: next(2, 5) });
    if (end === 'returned') return done(task, year);
    push('supplement', 'supplementSubsidyDocuments', township, { note: '已补交住院发票复印件及出院小结', businessDate: next(3, 7) });
  }
  push('township', 'reviewSubsidyByTownship', township, { decision: 'APPROVED', opinion: '情况属实，同意上报', businessDate: next(1, 5) });
  if (end === 'townshipApproved') return done(task, year);
  if (end === 'rejected') {
    push('county', 'reviewSubsidyByCounty', county, { decision: 'REJECTED', opinion: '住院病种不属于重病大病护理补贴范围', businessDate: next(2, 6) });
    return done(task, year);
  }
  push('county', 'reviewSubsidyByCounty', county, { decision: 'APPROVED', opinion: '同意', businessDate: next(2, 6) });
  if (end === 'countyApproved') return done(task, year);
  if (rules.noticeRequired) {
    push('notice', 'postSubsidyNotice', county, { postedOn: next(1, 2) });
    if (end === 'noticePosted') return done(task, year);
    if (end === 'refusedAfterNotice') {
      push('notice-close', 'closeSubsidyNotice', county, { closedOn: next(rules.noticeDays, rules.noticeDays + 1), objections: '村民反映该患者住院期间护理费用已由子女单位报销' });
      push('refuse', 'refuseSubsidyAfterNotice', county, { refusedOn: next(3, 8), reason: '经核实，护理费用已由其他渠道全额报销，不予发放' });
      return done(task, year);
    }
    push('notice-close', 'closeSubsidyNotice', county, { closedOn: next(rules.noticeDays, rules.noticeDays + 1) });
  }
  if (app.sunshine) push('sunshine', 'submitSubsidyToSunshine', county, { externalRef: `YG-431223-${year}-${String(app.n + 1).padStart(4, '0')}`, submittedOn: next(1, 2) });
  const issuedOn = next(2, 6);
  push('issue', 'issueSubsidyPayment', county, { amountFen: app.amountFen, batchId: batchOf(issuedOn), period: periodOf(issuedOn), issuedOn });
  if (end === 'issued') return done(task, year);
  if (end === 'failed' || end === 'reissuedSettled') {
    push('fail', 'recordSubsidyPaymentFailure', county, { failedOn: next(3, 6), reason: '一卡通账户信息有误，银行退回' });
    if (end === 'failed') return done(task, year);
    const reissuedOn = next(5, 10);
    push('reissue', 'reissueSubsidyPayment', county, { batchId: batchOf(reissuedOn, true), period: periodOf(reissuedOn), issuedOn: reissuedOn });
  }
  push('paid', 'confirmSubsidyPayment', county, { paidOn: next(3, 6) });
  if (end === 'paid') return done(task, year);
  const settledOn = next(7, 25);
  push('settle', 'settleSubsidyReimbursement', county, { settledOn, voucherNo: `记-${settledOn.slice(0, 7)}-${String(app.n + 1).padStart(3, '0')}` });
  return done(task, year);
}

/** Every step of the year stays in the year: a date past 31 December is a planning bug. */
function done(task: PlannedCommand[], year: number): PlannedTask {
  for (const command of task) {
    if (typeof command.input === 'function') continue;
    for (const value of Object.values(command.input)) {
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > `${year}-12-31`) throw new Error(`${command.key} falls on ${value}, after the year`);
    }
  }
  return task;
}
