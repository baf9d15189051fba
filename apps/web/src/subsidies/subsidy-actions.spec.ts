/**
 * @jest-environment node
 */
import { foldEvents, isDomainError } from '@careledger/domain-kernel';
import {
  EXAMPLE_SUBSIDY_RULES,
  SUBSIDY_STATUSES,
  nursingSubsidyDecider,
  type NursingSubsidyCommand,
  type NursingSubsidyEvent,
  type SubsidyRules,
  type SubsidyStatus,
} from '@careledger/domain-nursing-subsidy';
import { SUBSIDY_ACTIONS, allowedActions, type SubsidyAction } from './subsidy-actions';

// The real decider is the oracle: an action is offered exactly when one of its commands would
// record something. So the buttons cannot drift from the workflow without this failing.
const applicationId = 'sub-1';
const id = { applicationId };
const withoutNotice: SubsidyRules = { ...EXAMPLE_SUBSIDY_RULES, noticeRequired: false, noticeDays: 0 };

function apply(rules: SubsidyRules, daysAlreadyPaid = 0): NursingSubsidyCommand {
  return {
    type: 'ApplyForSubsidy',
    data: {
      ...id,
      caseId: 'c-1',
      personId: 'p-1',
      hospitalName: '辰溪县人民医院',
      hospitalGrade: 'LEVEL_2A',
      diagnosisCategory: 'CARDIO_CEREBROVASCULAR',
      admittedOn: '2023-03-01',
      dischargedOn: '2023-03-21',
      ruleSets: [rules],
      otherStaysOfPerson: [],
      daysAlreadyPaidByYear: { '2023': daysAlreadyPaid },
      fenAlreadyPaidByYear: {},
    },
  };
}

const C = {
  approveTownship: { type: 'ReviewByTownship', data: { ...id, decision: 'APPROVED', opinion: '' } },
  returnTownship: { type: 'ReviewByTownship', data: { ...id, decision: 'RETURNED', opinion: '缺出院小结' } },
  supplement: { type: 'SupplementDocuments', data: { ...id, note: '已补出院小结' } },
  approveCounty: { type: 'ReviewByCounty', data: { ...id, decision: 'APPROVED', opinion: '同意' } },
  rejectCounty: { type: 'ReviewByCounty', data: { ...id, decision: 'REJECTED', opinion: '不符合条件' } },
  postNotice: { type: 'PostNotice', data: { ...id, postedOn: '2023-04-10' } },
  closeNotice: { type: 'CloseNotice', data: { ...id, closedOn: '2023-04-30', objections: null } },
  refuse: { type: 'RefuseAfterNotice', data: { ...id, refusedOn: '2023-05-02', reason: '异议属实' } },
  submit: { type: 'SubmitToSunshine', data: { ...id, externalRef: 'YG-1', submittedOn: '2023-05-01' } },
  issue: { type: 'IssuePayment', data: { ...id, batchId: 'B1', period: '202305', amountFen: 200000, issuedOn: '2023-05-02' } },
  confirm: { type: 'ConfirmPayment', data: { ...id, paidOn: '2023-05-20' } },
  fail: { type: 'RecordPaymentFailure', data: { ...id, reason: '社保卡已挂失', failedOn: '2023-05-20' } },
  reissue: { type: 'ReissuePayment', data: { ...id, batchId: 'B2', period: '202306', issuedOn: '2023-06-01' } },
  settle: { type: 'SettleReimbursement', data: { ...id, settledOn: '2023-06-30', voucherNo: 'PZ-1' } },
  withdraw: { type: 'WithdrawApplication', data: { ...id, reason: '家属决定不申请' } },
} satisfies Record<string, NursingSubsidyCommand>;

const ACTION_COMMANDS: Readonly<Record<SubsidyAction, readonly NursingSubsidyCommand[]>> = {
  townshipReview: [C.approveTownship, C.returnTownship],
  supplement: [C.supplement],
  countyReview: [C.approveCounty, C.rejectCounty],
  postNotice: [C.postNotice],
  closeNotice: [C.closeNotice],
  refuseAfterNotice: [C.refuse],
  submitToSunshine: [C.submit],
  issuePayment: [C.issue],
  confirmPayment: [C.confirm],
  recordFailure: [C.fail],
  reissuePayment: [C.reissue],
  settleReimbursement: [C.settle],
  withdraw: [C.withdraw],
};

const approved = [C.approveTownship, C.approveCounty];
const noticed = [...approved, C.postNotice, C.closeNotice];
const PATHS: Readonly<Record<SubsidyStatus, readonly NursingSubsidyCommand[]>> = {
  applied: [],
  returned: [C.returnTownship],
  supplemented: [C.returnTownship, C.supplement],
  townshipApproved: [C.approveTownship],
  countyApproved: approved,
  rejected: [C.approveTownship, C.rejectCounty],
  noticePosted: [...approved, C.postNotice],
  noticeClosed: noticed,
  submitted: [...noticed, C.submit],
  paymentIssued: [...noticed, C.issue],
  paymentFailed: [...noticed, C.issue, C.fail],
  paid: [...noticed, C.issue, C.confirm],
  settled: [...noticed, C.issue, C.confirm, C.settle],
  withdrawn: [C.withdraw],
};

function historyFor(rules: SubsidyRules, path: readonly NursingSubsidyCommand[], daysAlreadyPaid = 0): NursingSubsidyEvent[] {
  let history: NursingSubsidyEvent[] = [];
  for (const command of [apply(rules, daysAlreadyPaid), ...path]) {
    history = [...history, ...nursingSubsidyDecider.decide(command, foldEvents(nursingSubsidyDecider, history))];
  }
  return history;
}

function deciderAccepts(history: readonly NursingSubsidyEvent[], command: NursingSubsidyCommand): boolean {
  const state = foldEvents(nursingSubsidyDecider, history);
  // A payment is always of the computed amount: the form offers exactly that.
  const sent =
    command.type === 'IssuePayment' && state.status !== 'initial'
      ? { ...command, data: { ...command.data, amountFen: state.application.amountFen } }
      : command;
  try {
    return nursingSubsidyDecider.decide(sent, state).length > 0;
  } catch (error) {
    if (isDomainError(error, 'INVALID_TRANSITION')) return false;
    if (isDomainError(error, 'VALIDATION_FAILED') && error.details['rule'] === 'nothingToPay') return false;
    throw error;
  }
}

function offeredByDecider(rules: SubsidyRules, path: readonly NursingSubsidyCommand[], daysAlreadyPaid = 0): SubsidyAction[] {
  const history = historyFor(rules, path, daysAlreadyPaid);
  return SUBSIDY_ACTIONS.filter((action) => ACTION_COMMANDS[action].some((command) => deciderAccepts(history, command)));
}

describe('allowedActions', () => {
  it.each(SUBSIDY_STATUSES)('offers in %s exactly what the decider accepts (notice required)', (status) => {
    const history = historyFor(EXAMPLE_SUBSIDY_RULES, PATHS[status]);
    expect(foldEvents(nursingSubsidyDecider, history).status).toBe(status);
    expect([...allowedActions(status, true, 200000)].sort()).toEqual(offeredByDecider(EXAMPLE_SUBSIDY_RULES, PATHS[status]).sort());
  });

  it('goes from county approval straight to the sunshine system or payment when no notice is required', () => {
    expect(allowedActions('countyApproved', false, 200000)).toEqual(['submitToSunshine', 'issuePayment']);
    expect([...allowedActions('countyApproved', false, 200000)].sort()).toEqual(offeredByDecider(withoutNotice, approved).sort());
    expect(offeredByDecider(withoutNotice, [...approved, C.issue]).sort()).toEqual([...allowedActions('paymentIssued', false, 200000)].sort());
  });

  it('never offers a payment when the caps left nothing to pay', () => {
    // 90 days already granted this year: the example rules' yearly cap leaves 0 for this stay.
    expect(foldEvents(nursingSubsidyDecider, historyFor(withoutNotice, approved, 90))).toMatchObject({ application: { amountFen: 0 } });
    expect(allowedActions('countyApproved', false, 0)).toEqual(['submitToSunshine']);
    expect(offeredByDecider(withoutNotice, approved, 90)).toEqual(['submitToSunshine']);
    expect(offeredByDecider(withoutNotice, [...approved, C.submit], 90)).toEqual([...allowedActions('submitted', false, 0)]);
  });

  it('offers nothing once the application is concluded', () => {
    expect(allowedActions('rejected', true, 200000)).toEqual([]);
    expect(allowedActions('settled', true, 200000)).toEqual([]);
    expect(allowedActions('withdrawn', false, 200000)).toEqual([]);
  });
});
