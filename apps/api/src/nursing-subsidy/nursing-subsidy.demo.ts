import { DomainError } from '@careledger/domain-kernel';
import { computeSubsidy, EXAMPLE_SUBSIDY_RULES } from '@careledger/domain-nursing-subsidy';
import type { DemoCaseRef, DemoRun, DomainDemoSeed } from '../demo/demo-seed.types';
import { COUNTY_CONTEXT_ID } from '../demo/demo-seed.types';
import { DEMO_USERS } from '../shared/actor';
import type { CommandContext } from '../shared/request-context';
import { ApplyForSubsidyCommand } from './apply-for-subsidy.command';
import { CloseSubsidyNoticeCommand } from './close-notice.command';
import { ConfirmSubsidyPaymentCommand } from './confirm-payment.command';
import { IssueSubsidyPaymentCommand } from './issue-payment.command';
import type { IssueSubsidyPaymentInput } from './nursing-subsidy.inputs';
import { PostSubsidyNoticeCommand } from './post-notice.command';
import { RecordSubsidyPaymentFailureCommand } from './record-payment-failure.command';
import { ReissueSubsidyPaymentCommand } from './reissue-payment.command';
import { ReviewSubsidyByCountyCommand } from './review-by-county.command';
import { ReviewSubsidyByTownshipCommand } from './review-by-township.command';
import { SettleSubsidyReimbursementCommand } from './settle-reimbursement.command';
import { SubmitSubsidyToSunshineCommand } from './submit-to-sunshine.command';
import { SupplementSubsidyDocumentsCommand } from './supplement-documents.command';
import { WithdrawSubsidyApplicationCommand } from './withdraw-application.command';

type Step =
  | { readonly do: 'township'; readonly on: string; readonly returned?: string }
  | { readonly do: 'supplement'; readonly on: string; readonly note: string }
  | { readonly do: 'county'; readonly on: string; readonly rejected?: string }
  | { readonly do: 'notice'; readonly posted: string; readonly closed?: string }
  | { readonly do: 'sunshine'; readonly on: string; readonly ref: string }
  | { readonly do: 'issue'; readonly on: string; readonly batch: string; readonly period: string }
  | { readonly do: 'fail'; readonly on: string; readonly reason: string }
  | { readonly do: 'reissue'; readonly on: string; readonly batch: string; readonly period: string }
  | { readonly do: 'paid'; readonly on: string }
  | { readonly do: 'settle'; readonly on: string; readonly voucher: string }
  | { readonly do: 'withdraw'; readonly on: string; readonly reason: string };

interface DemoApplication {
  readonly caseIndex: number;
  readonly hospital: string;
  readonly grade: 'LEVEL_3A' | 'LEVEL_2A' | 'LEVEL_2B';
  readonly diagnosis: 'MALIGNANT_TUMOUR' | 'CARDIO_CEREBROVASCULAR' | 'ORGAN_FAILURE' | 'SEVERE_INJURY';
  readonly admittedOn: string;
  readonly dischargedOn: string;
  readonly appliedOn: string;
  readonly steps: readonly Step[];
}

const COUNTY_HOSPITAL = '辰溪县人民医院';
const CITY_HOSPITAL = '怀化市第一人民医院';

/**
 * Eight applications of the demo families' heads across 2023, at the example rate (100 元/day):
 * paid through the sunshine system and settled; failed, reissued and paid; returned, supplemented
 * and paid; rejected; withdrawn; one crossing 2023→2024 awaiting review; one in its notice; one
 * issued and awaiting the bank's result. Those paid but not settled await reimbursement.
 */
const APPLICATIONS: readonly DemoApplication[] = [
  {
    caseIndex: 0, hospital: CITY_HOSPITAL, grade: 'LEVEL_3A', diagnosis: 'MALIGNANT_TUMOUR',
    admittedOn: '2023-02-06', dischargedOn: '2023-02-20', appliedOn: '2023-02-22',
    steps: [
      { do: 'township', on: '2023-02-24' },
      { do: 'county', on: '2023-02-28' },
      { do: 'notice', posted: '2023-03-01', closed: '2023-03-08' },
      { do: 'sunshine', on: '2023-03-09', ref: 'YG-431223-2023-0012' },
      { do: 'issue', on: '2023-03-15', batch: 'YKT-202303-01', period: '202303' },
      { do: 'paid', on: '2023-03-20' },
      { do: 'settle', on: '2023-04-10', voucher: '记-2023-04-031' },
    ],
  },
  {
    caseIndex: 1, hospital: COUNTY_HOSPITAL, grade: 'LEVEL_2A', diagnosis: 'CARDIO_CEREBROVASCULAR',
    admittedOn: '2023-03-13', dischargedOn: '2023-03-25', appliedOn: '2023-03-28',
    steps: [
      { do: 'township', on: '2023-03-30' },
      { do: 'county', on: '2023-04-06' },
      { do: 'notice', posted: '2023-04-07', closed: '2023-04-14' },
      { do: 'issue', on: '2023-04-20', batch: 'YKT-202304-01', period: '202304' },
      { do: 'fail', on: '2023-04-25', reason: '一卡通账户已冻结，需本人到银行激活' },
      { do: 'reissue', on: '2023-05-08', batch: 'YKT-202305-01', period: '202305' },
      { do: 'paid', on: '2023-05-12' },
    ],
  },
  {
    caseIndex: 2, hospital: COUNTY_HOSPITAL, grade: 'LEVEL_2A', diagnosis: 'ORGAN_FAILURE',
    admittedOn: '2023-04-03', dischargedOn: '2023-04-13', appliedOn: '2023-04-17',
    steps: [
      { do: 'township', on: '2023-04-19', returned: '缺少住院发票复印件和出院小结，请补齐后重新提交' },
      { do: 'supplement', on: '2023-04-24', note: '已补交住院发票复印件及出院小结' },
      { do: 'township', on: '2023-04-25' },
      { do: 'county', on: '2023-05-04' },
      { do: 'notice', posted: '2023-05-05', closed: '2023-05-12' },
      { do: 'sunshine', on: '2023-05-15', ref: 'YG-431223-2023-0031' },
      { do: 'issue', on: '2023-05-22', batch: 'YKT-202305-02', period: '202305' },
      { do: 'paid', on: '2023-05-26' },
    ],
  },
  {
    caseIndex: 3, hospital: COUNTY_HOSPITAL, grade: 'LEVEL_2B', diagnosis: 'SEVERE_INJURY',
    admittedOn: '2023-05-08', dischargedOn: '2023-05-15', appliedOn: '2023-05-18',
    steps: [
      { do: 'township', on: '2023-05-22' },
      { do: 'county', on: '2023-06-01', rejected: '住院原因为一般性外伤，不属于重病大病补贴范围' },
    ],
  },
  {
    caseIndex: 4, hospital: COUNTY_HOSPITAL, grade: 'LEVEL_2A', diagnosis: 'CARDIO_CEREBROVASCULAR',
    admittedOn: '2023-06-05', dischargedOn: '2023-06-12', appliedOn: '2023-06-14',
    steps: [{ do: 'withdraw', on: '2023-06-16', reason: '已通过大病保险报销，家属申请撤回' }],
  },
  {
    caseIndex: 0, hospital: CITY_HOSPITAL, grade: 'LEVEL_3A', diagnosis: 'MALIGNANT_TUMOUR',
    admittedOn: '2023-12-18', dischargedOn: '2024-01-03', appliedOn: '2023-12-29',
    steps: [],
  },
  {
    caseIndex: 5, hospital: COUNTY_HOSPITAL, grade: 'LEVEL_2A', diagnosis: 'ORGAN_FAILURE',
    admittedOn: '2023-07-10', dischargedOn: '2023-07-24', appliedOn: '2023-07-27',
    steps: [
      { do: 'township', on: '2023-07-31' },
      { do: 'county', on: '2023-08-08' },
      { do: 'notice', posted: '2023-08-10' },
    ],
  },
  {
    caseIndex: 6, hospital: CITY_HOSPITAL, grade: 'LEVEL_3A', diagnosis: 'MALIGNANT_TUMOUR',
    admittedOn: '2023-08-07', dischargedOn: '2023-08-21', appliedOn: '2023-08-24',
    steps: [
      { do: 'township', on: '2023-08-28' },
      { do: 'county', on: '2023-09-05' },
      { do: 'notice', posted: '2023-09-06', closed: '2023-09-13' },
      { do: 'sunshine', on: '2023-09-14', ref: 'YG-431223-2023-0057' },
      { do: 'issue', on: '2023-09-20', batch: 'YKT-202309-01', period: '202309' },
    ],
  },
];

const countyContext: CommandContext = {
  actor: DEMO_USERS.find((u) => u.id === COUNTY_CONTEXT_ID)!,
  correlationId: 'demo-seed',
};

/** The demo nursing-subsidy applications, sent through the bus with fixed command ids. */
export const seedNursingSubsidyDemo: DomainDemoSeed = async (run, cases) => {
  if (cases.length === 0) return;
  for (const [n, demo] of APPLICATIONS.entries()) {
    const ref: DemoCaseRef = cases[demo.caseIndex % cases.length]!;
    const id = (step: string) => `demo-subsidy-${n}-${step}`;
    const { id: applicationId } = await run(
      new ApplyForSubsidyCommand(
        {
          commandId: id('apply'),
          caseId: ref.caseId,
          personId: ref.personIds[0]!,
          hospitalName: demo.hospital,
          hospitalGrade: demo.grade,
          diagnosisCategory: demo.diagnosis,
          admittedOn: demo.admittedOn,
          dischargedOn: demo.dischargedOn,
          businessDate: demo.appliedOn,
        },
        ref.ctx,
      ),
    );
    const amountFen = computeSubsidy({ rules: EXAMPLE_SUBSIDY_RULES, admittedOn: demo.admittedOn, dischargedOn: demo.dischargedOn }).amountFen;
    for (const [s, step] of demo.steps.entries()) {
      await runStep(run, ref.ctx, { applicationId, amountFen, commandId: id(String(s)) }, step);
    }
  }
};

interface StepTarget {
  readonly applicationId: string;
  /** The amount under the shipped example rules; see issue below for other rules. */
  readonly amountFen: number;
  readonly commandId: string;
}

/** Reviews and the first look are the township caseworker's; everything from the county review on is the county's. */
async function runStep(run: DemoRun, caseworker: CommandContext, t: StepTarget, step: Step): Promise<void> {
  const { applicationId, commandId } = t;
  switch (step.do) {
    case 'township': {
      const decision = step.returned ? 'RETURNED' : 'APPROVED';
      const input = { commandId, applicationId, decision, opinion: step.returned ?? null, businessDate: step.on } as const;
      await run(new ReviewSubsidyByTownshipCommand(input, caseworker));
      return;
    }
    case 'supplement':
      await run(new SupplementSubsidyDocumentsCommand({ commandId, applicationId, note: step.note, businessDate: step.on }, caseworker));
      return;
    case 'county': {
      const decision = step.rejected ? 'REJECTED' : 'APPROVED';
      const input = { commandId, applicationId, decision, opinion: step.rejected ?? '同意', businessDate: step.on } as const;
      await run(new ReviewSubsidyByCountyCommand(input, countyContext));
      return;
    }
    case 'notice':
      await run(new PostSubsidyNoticeCommand({ commandId, applicationId, postedOn: step.posted }, countyContext));
      if (step.closed) {
        const input = { commandId: `${commandId}-close`, applicationId, closedOn: step.closed, objections: null };
        await run(new CloseSubsidyNoticeCommand(input, countyContext));
      }
      return;
    case 'sunshine':
      await run(new SubmitSubsidyToSunshineCommand({ commandId, applicationId, externalRef: step.ref, submittedOn: step.on }, countyContext));
      return;
    case 'issue':
      await issue(run, { commandId, applicationId, batchId: step.batch, period: step.period, issuedOn: step.on }, t.amountFen);
      return;
    case 'fail':
      await run(new RecordSubsidyPaymentFailureCommand({ commandId, applicationId, reason: step.reason, failedOn: step.on }, countyContext));
      return;
    case 'reissue':
      await run(new ReissueSubsidyPaymentCommand({ commandId, applicationId, batchId: step.batch, period: step.period, issuedOn: step.on }, countyContext));
      return;
    case 'paid':
      await run(new ConfirmSubsidyPaymentCommand({ commandId, applicationId, paidOn: step.on }, countyContext));
      return;
    case 'settle':
      await run(new SettleSubsidyReimbursementCommand({ commandId, applicationId, settledOn: step.on, voucherNo: step.voucher }, countyContext));
      return;
    case 'withdraw':
      await run(new WithdrawSubsidyApplicationCommand({ commandId, applicationId, reason: step.reason, businessDate: step.on }, caseworker));
      return;
    default: {
      const _exhaustive: never = step;
      return;
    }
  }
}

/**
 * A payment must equal the computed amount. The demo knows it under the shipped example rules;
 * under other configured rules the refusal names the expected amount (details.expected), which
 * the demo then pays — the same amount the application shows.
 */
async function issue(run: DemoRun, input: Omit<IssueSubsidyPaymentInput, 'amountFen'>, amountFen: number): Promise<void> {
  try {
    await run(new IssueSubsidyPaymentCommand({ ...input, amountFen }, countyContext));
  } catch (error) {
    const expected = error instanceof DomainError && error.details['rule'] === 'mismatch' ? error.details['expected'] : undefined;
    if (typeof expected !== 'number' || expected === 0) throw error;
    await run(new IssueSubsidyPaymentCommand({ ...input, amountFen: expected }, countyContext));
  }
}
