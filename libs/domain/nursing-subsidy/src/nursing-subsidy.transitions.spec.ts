import { deciderSpec, foldEvents } from '@careledger/domain-kernel';
import type { NursingSubsidyCommand, NursingSubsidyCommandType } from './nursing-subsidy.commands';
import { nursingSubsidyDecider } from './nursing-subsidy.decider';
import type { NursingSubsidyEvent } from './nursing-subsidy.events';
import type { SubsidyStatus } from './nursing-subsidy.vocabulary';
import { SUBSIDY_STATUSES } from './nursing-subsidy.vocabulary';
import { applicationId, applyForSubsidy, historyAt } from './testing/nursing-subsidy.fixtures';

const spec = deciderSpec(nursingSubsidyDecider);
const id = { applicationId };

/** One valid command of each type after applying, in workflow order (the happy path with a notice). */
const happyPath: readonly NursingSubsidyCommand[] = [
  { type: 'ReviewByTownship', data: { ...id, decision: 'RETURNED', opinion: '缺出院小结' } },
  { type: 'SupplementDocuments', data: { ...id, note: '已补出院小结' } },
  { type: 'ReviewByTownship', data: { ...id, decision: 'APPROVED', opinion: '' } },
  { type: 'ReviewByCounty', data: { ...id, decision: 'APPROVED', opinion: '同意' } },
  { type: 'PostNotice', data: { ...id, postedOn: '2023-04-10' } },
  { type: 'CloseNotice', data: { ...id, closedOn: '2023-04-17', objections: null } },
  { type: 'SubmitToSunshine', data: { ...id, externalRef: 'YG-2023-0001', submittedOn: '2023-04-18' } },
  {
    type: 'IssuePayment',
    data: { ...id, batchId: 'B1', period: '202304', amountFen: 2000_00, issuedOn: '2023-04-20' },
  },
  { type: 'RecordPaymentFailure', data: { ...id, reason: '社保卡已挂失', failedOn: '2023-04-25' } },
  { type: 'ReissuePayment', data: { ...id, batchId: 'B2', period: '202305', issuedOn: '2023-05-05' } },
  { type: 'ConfirmPayment', data: { ...id, paidOn: '2023-05-08' } },
  { type: 'SettleReimbursement', data: { ...id, settledOn: '2023-05-10', voucherNo: 'PZ-1' } },
];
/** The commands that end an application off the happy path. */
const endings: readonly NursingSubsidyCommand[] = [
  { type: 'RefuseAfterNotice', data: { ...id, refusedOn: '2023-04-20', reason: '异议属实' } },
  { type: 'WithdrawApplication', data: { ...id, reason: '不再申请' } },
];
const commands = [...happyPath, ...endings];

it('walks the whole workflow, every step through the decider', () => {
  // Each command decided on the state its predecessors built.
  let history: NursingSubsidyEvent[] = [];
  for (const command of [applyForSubsidy(), ...happyPath]) {
    const state = foldEvents(nursingSubsidyDecider, history);
    history = [...history, ...nursingSubsidyDecider.decide(command, state)];
  }
  expect(history.map((event) => event.type)).toEqual([
    'SubsidyApplied',
    'TownshipReviewed',
    'DocumentsSupplemented',
    'TownshipReviewed',
    'CountyReviewed',
    'NoticePosted',
    'NoticeClosed',
    'SubmittedToSunshine',
    'PaymentIssued',
    'PaymentFailed',
    'PaymentReissued',
    'PaymentConfirmed',
    'ReimbursementSettled',
  ]);
  expect(foldEvents(nursingSubsidyDecider, history)).toMatchObject({
    status: 'settled',
    application: { sunshineRef: 'YG-2023-0001', batchIds: ['B1', 'B2'], amountFen: 2000_00 },
    payment: { batchId: 'B2' },
    paidOn: '2023-05-08',
    voucherNo: 'PZ-1',
  });
});

// Where each command is accepted, and the status it leads to, where repeating it with the same
// data is "already done" (`[]`, tested beside each command). Everywhere else it must be refused
// with INVALID_TRANSITION, naming the status and the command.
type Rule = { readonly accepted: readonly SubsidyStatus[]; readonly alreadyDone?: SubsidyStatus };
const rules: Readonly<Record<Exclude<NursingSubsidyCommandType, 'ApplyForSubsidy'>, Rule>> = {
  SupplementDocuments: { accepted: ['returned', 'supplemented'] },
  // Two samples: a repeated RETURN is already done in 'returned', a repeated approval in 'townshipApproved'.
  ReviewByTownship: { accepted: ['applied', 'supplemented'] },
  ReviewByCounty: { accepted: ['townshipApproved'], alreadyDone: 'countyApproved' },
  PostNotice: { accepted: ['countyApproved'], alreadyDone: 'noticePosted' },
  CloseNotice: { accepted: ['noticePosted'], alreadyDone: 'noticeClosed' },
  // historyAt.rejected is the county's rejection, with no notice: the refusal is refused there too.
  RefuseAfterNotice: { accepted: ['noticePosted', 'noticeClosed'] },
  SubmitToSunshine: { accepted: ['noticeClosed'], alreadyDone: 'submitted' },
  // The samples use batches B1/B2, not the fixture's, so no "already done" status applies.
  IssuePayment: { accepted: ['noticeClosed', 'submitted'] },
  RecordPaymentFailure: { accepted: ['paymentIssued'], alreadyDone: 'paymentFailed' },
  ReissuePayment: { accepted: ['paymentFailed'] },
  ConfirmPayment: { accepted: ['paymentIssued'] },
  SettleReimbursement: { accepted: ['paid'] },
  WithdrawApplication: { accepted: ['applied'], alreadyDone: 'withdrawn' },
};

const refusals = commands.flatMap((command) => {
  const rule = rules[command.type as keyof typeof rules];
  const alreadyDone =
    command.type === 'ReviewByTownship'
      ? command.data.decision === 'RETURNED' ? 'returned' : 'townshipApproved'
      : rule.alreadyDone;
  return SUBSIDY_STATUSES.filter((status) => !rule.accepted.includes(status) && status !== alreadyDone).map(
    (status) => [command.type, status, command] as const,
  );
});

it.each(refusals)('%s is refused in status %s', (type, status, command) => {
  spec
    .given(historyAt[status])
    .when(command)
    .thenThrows('INVALID_TRANSITION', { from: status, command: type });
});

it.each(commands.map((command) => [command.type, command] as const))(
  '%s on an unknown application is NOT_FOUND',
  (_type, command) => {
    spec.given([]).when(command).thenThrows('NOT_FOUND', { kind: 'subsidy', applicationId });
  },
);

it('covers every status with a history', () => {
  for (const status of SUBSIDY_STATUSES) {
    expect(foldEvents(nursingSubsidyDecider, historyAt[status]).status).toBe(status);
  }
});
