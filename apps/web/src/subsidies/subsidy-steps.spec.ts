/**
 * @jest-environment node
 */
import { translate, type Locale } from '../i18n/i18n';
import { workflowSteps, type WorkflowEntry } from './subsidy-steps';

const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('zh' as Locale, key, params);

let minute = 0;
const NO_FIELDS = {
  outcome: null,
  date: null,
  opinion: null,
  reason: null,
  note: null,
  objections: null,
  closesOn: null,
  externalRef: null,
  batchId: null,
  period: null,
  voucherNo: null,
};

function entry(kind: string, fields: Partial<WorkflowEntry>, actorName = '李梅', actorRole = 'caseworker'): WorkflowEntry {
  minute += 1;
  const recordedAt = `2023-04-01T02:${String(minute).padStart(2, '0')}:00.000Z`;
  return { ...NO_FIELDS, kind, recordedAt, actorName, actorRole, ...fields };
}

const applied = entry('SubsidyApplied', {});
const townshipApproved = entry('TownshipReviewed', { outcome: 'APPROVED' });
const countyApproved = entry('CountyReviewed', { outcome: 'APPROVED', opinion: '同意' }, '王军', 'county_officer');
const issued = entry('PaymentIssued', { batchId: 'B1', period: '202305', date: '2023-05-02' }, '王军', 'county_officer');

const statuses = (steps: ReturnType<typeof workflowSteps>) => steps.map((step) => `${step.key}:${step.status}`);

describe('workflowSteps', () => {
  it('puts the next step in process and says who acted and when', () => {
    const steps = workflowSteps([applied], { noticeRequired: true }, zh);
    expect(statuses(steps)).toEqual([
      'applied:finish',
      'townshipReview:process',
      'countyReview:wait',
      'notice:wait',
      'sunshine:wait',
      'payment:wait',
      'settlement:wait',
    ]);
    expect(steps[0]).toMatchObject({ title: '提交申请', lines: ['李梅（乡镇专干）2023-04-01 10:01:00'] });
  });

  it('leaves the notice out when the rules do not require one, and shows the opinions', () => {
    const steps = workflowSteps([applied, townshipApproved, countyApproved], { noticeRequired: false }, zh);
    expect(statuses(steps)).toEqual([
      'applied:finish',
      'townshipReview:finish',
      'countyReview:finish',
      'sunshine:process',
      'payment:wait',
      'settlement:wait',
    ]);
    expect(steps[2]?.lines).toEqual(['通过', '意见：同意', '王军（县计生协工作人员）2023-04-01 10:03:00']);
  });

  it('shows a return as an error until the documents are supplemented, then the township reviews again', () => {
    const returned = entry('TownshipReviewed', { outcome: 'RETURNED', opinion: '缺出院小结' });
    const atReturn = workflowSteps([applied, returned], { noticeRequired: true }, zh);
    expect(atReturn[1]).toMatchObject({ status: 'error', lines: ['退回补正', '意见：缺出院小结', expect.stringContaining('李梅')] });
    expect(atReturn.filter((step) => step.status === 'process')).toEqual([]);

    const supplemented = entry('DocumentsSupplemented', { note: '已补出院小结' });
    const again = workflowSteps([applied, returned, supplemented, townshipApproved], { noticeRequired: true }, zh);
    expect(again[1]?.status).toBe('finish');
    expect(again[1]?.lines).toContain('已补正：已补出院小结');
    expect(again[2]?.status).toBe('process');
  });

  it('ends at a rejection, shown as an error', () => {
    const rejected = entry('CountyReviewed', { outcome: 'REJECTED', opinion: '非计生特殊家庭成员' });
    const steps = workflowSteps([applied, townshipApproved, rejected], { noticeRequired: true }, zh);
    expect(statuses(steps).slice(0, 4)).toEqual(['applied:finish', 'townshipReview:finish', 'countyReview:error', 'notice:wait']);
    expect(steps[2]?.lines).toContain('意见：非计生特殊家庭成员');
    expect(steps.some((step) => step.status === 'process')).toBe(false);
  });

  it('marks the sunshine step skipped when paid without it, a failure as an error and a reissue back in process', () => {
    const failed = entry('PaymentFailed', { reason: '社保卡已挂失', date: '2023-05-20' });
    const reissued = entry('PaymentReissued', { batchId: 'B2', period: '202306', date: '2023-06-01' });
    const history = [applied, townshipApproved, countyApproved, issued, failed];

    const atFailure = workflowSteps(history, { noticeRequired: false }, zh);
    expect(statuses(atFailure)).toEqual([
      'applied:finish',
      'townshipReview:finish',
      'countyReview:finish',
      'sunshine:wait',
      'payment:error',
      'settlement:wait',
    ]);
    expect(atFailure[3]?.lines).toEqual(['未经阳光审批系统']);
    expect(atFailure[4]?.lines).toContain('发放失败：社保卡已挂失（2023-05-20）');

    const afterReissue = workflowSteps([...history, reissued], { noticeRequired: false }, zh);
    expect(afterReissue[4]?.status).toBe('process');
    expect(afterReissue[4]?.lines).toContain('重新发放：批次 B2，期号 202306，2023-06-01');
  });

  it('finishes every step of a settled application that went through notice and sunshine system', () => {
    const history = [
      applied,
      townshipApproved,
      countyApproved,
      entry('NoticePosted', { date: '2023-04-10', closesOn: '2023-04-17' }),
      entry('NoticeClosed', { date: '2023-04-17', objections: '邻居提出异议，已核实' }),
      entry('SubmittedToSunshine', { externalRef: 'YG-1', date: '2023-04-18' }),
      issued,
      entry('PaymentConfirmed', { outcome: 'PAID', date: '2023-05-20' }),
      entry('ReimbursementSettled', { voucherNo: 'PZ-1', date: '2023-06-30' }),
    ];
    const steps = workflowSteps(history, { noticeRequired: true }, zh);
    expect(steps.every((step) => step.status === 'finish')).toBe(true);
    expect(steps[3]?.lines.slice(0, 2)).toEqual(['公示 2023-04-10 起，2023-04-17 可结束', expect.stringContaining('李梅')]);
    expect(steps[3]?.lines).toContain('异议：邻居提出异议，已核实');
    expect(steps[4]?.lines[0]).toBe('编号 YG-1（2023-04-18 报送）');
    expect(steps[6]?.lines[0]).toBe('凭证号 PZ-1（2023-06-30）');
  });

  it('ends at a refusal after the notice (公示后不予发放), shown as an error on the notice with the reason', () => {
    const posted = entry('NoticePosted', { date: '2023-04-10', closesOn: '2023-04-17' });
    const refused = entry('RefusedAfterNotice', { outcome: 'REFUSED', date: '2023-04-12', opinion: '异议属实：已享受单位报销' }, '王军', 'county_officer');
    const steps = workflowSteps([applied, townshipApproved, countyApproved, posted, refused], { noticeRequired: true }, zh);
    expect(statuses(steps)).toEqual([
      'applied:finish',
      'townshipReview:finish',
      'countyReview:finish',
      'notice:error',
      'sunshine:wait',
      'payment:wait',
      'settlement:wait',
    ]);
    expect(steps[3]?.lines.slice(2)).toEqual([
      '2023-04-12 公示后不予发放',
      '意见：异议属实：已享受单位报销',
      expect.stringContaining('王军（县计生协工作人员）'),
    ]);
  });

  it('shows a withdrawn application as applied then withdrawn, with the reason', () => {
    const steps = workflowSteps([applied, entry('ApplicationWithdrawn', { reason: '重复申请' })], { noticeRequired: true }, zh);
    expect(statuses(steps)).toEqual(['applied:finish', 'withdrawn:error']);
    expect(steps[1]?.lines[0]).toBe('原因：重复申请');
  });

  it('ignores event types this client does not know', () => {
    expect(statuses(workflowSteps([applied, entry('SomethingNew', {})], { noticeRequired: false }, zh))[1]).toBe(
      'townshipReview:process',
    );
  });
});
