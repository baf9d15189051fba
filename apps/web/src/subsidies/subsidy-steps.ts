import type { NursingSubsidyEventType } from '@careledger/domain-nursing-subsidy';
import { actorRoleLabel } from '../case-timeline/actor-role';
import { formatShanghaiTime } from '../case-timeline/format-instant';
import type { MessageKey, MessageParams } from '../i18n/i18n';

/**
 * One recorded step of the application as the API lists it (`SubsidyApplication.steps`, one per
 * event, in log order): the event type, its outcome, who and when, and the step's own fields.
 */
export type WorkflowEntry = {
  readonly kind: string;
  readonly outcome: string | null;
  readonly recordedAt: string;
  readonly actorName: string;
  readonly actorRole: string;
  /** The step's own civil date: postedOn, closedOn, refusedOn, submittedOn, issuedOn, paidOn, failedOn or settledOn. */
  readonly date: string | null;
  readonly opinion: string | null;
  readonly reason: string | null;
  readonly note: string | null;
  readonly objections: string | null;
  readonly closesOn: string | null;
  readonly externalRef: string | null;
  readonly batchId: string | null;
  readonly period: string | null;
  readonly voucherNo: string | null;
};

export type StepKey =
  | 'applied'
  | 'townshipReview'
  | 'countyReview'
  | 'notice'
  | 'sunshine'
  | 'payment'
  | 'settlement'
  | 'withdrawn';

/** The shape antd `Steps` items take, with the description as lines (who / when / opinion). */
export type WorkflowStep = {
  readonly key: StepKey;
  readonly title: string;
  readonly status: 'wait' | 'process' | 'finish' | 'error';
  readonly lines: readonly string[];
};

type Translate = (key: MessageKey, params?: MessageParams) => string;
type Draft = { status: WorkflowStep['status']; lines: string[]; skipped?: boolean };

type TextField = 'date' | 'opinion' | 'reason' | 'note' | 'objections' | 'closesOn' | 'externalRef' | 'batchId' | 'period' | 'voucherNo';

/**
 * The workflow as steps, folded from the application's events in order: each step says who acted,
 * when, and what they wrote; a return, a rejection (also after the notice) or a failed payment is an `error` step (and a
 * reissue puts the payment back in `process`). The next step to act on is `process`. The notice
 * step is shown only when the application's rules require one; the sunshine step is marked
 * skipped when a payment went out without it (not every subsidy goes through that system).
 */
export function workflowSteps(
  entries: readonly WorkflowEntry[],
  { noticeRequired }: { readonly noticeRequired: boolean },
  t: Translate,
): WorkflowStep[] {
  const order: StepKey[] = ['applied', 'townshipReview', 'countyReview', ...(noticeRequired ? (['notice'] as const) : []), 'sunshine', 'payment', 'settlement'];
  const steps = new Map<StepKey, Draft>(order.map((key) => [key, { status: 'wait', lines: [] }]));
  const step = (key: StepKey): Draft => steps.get(key) ?? { status: 'wait', lines: [] };
  let withdrawn: Draft | null = null;
  let ended = false;

  for (const entry of entries) {
    const str = (field: TextField): string => entry[field] ?? '';
    const by = t('subsidies.step.by', {
      name: entry.actorName,
      role: actorRoleLabel(entry.actorRole, t),
      time: formatShanghaiTime(entry.recordedAt),
    });
    const opinion = str('opinion') ? [t('subsidies.step.opinion', { opinion: str('opinion') })] : [];
    const set = (key: StepKey, status: Draft['status'], lines: string[]) => {
      const draft = step(key);
      draft.status = status;
      draft.lines.push(...lines, by);
    };
    switch (entry.kind as NursingSubsidyEventType) {
      case 'SubsidyApplied':
        set('applied', 'finish', []);
        break;
      case 'TownshipReviewed': {
        const approved = entry.outcome === 'APPROVED';
        set('townshipReview', approved ? 'finish' : 'error', [t(approved ? 'subsidies.step.approved' : 'subsidies.step.returned'), ...opinion]);
        break;
      }
      case 'DocumentsSupplemented':
        set('townshipReview', 'process', [t('subsidies.step.supplemented', { note: str('note') })]);
        break;
      case 'CountyReviewed': {
        const approved = entry.outcome === 'APPROVED';
        set('countyReview', approved ? 'finish' : 'error', [t(approved ? 'subsidies.step.approved' : 'subsidies.step.rejected'), ...opinion]);
        ended = !approved;
        break;
      }
      case 'NoticePosted':
        set('notice', 'process', [t('subsidies.step.noticeRange', { postedOn: str('date'), closesOn: str('closesOn') })]);
        break;
      case 'NoticeClosed': {
        const objections = str('objections');
        set('notice', 'finish', [
          t('subsidies.step.noticeClosed', { closedOn: str('date') }),
          objections ? t('subsidies.step.objections', { objections }) : t('subsidies.step.noObjections'),
        ]);
        break;
      }
      case 'RefusedAfterNotice':
        // The notice (posted or closed) ends the application: its objections held, nothing is paid.
        set('notice', 'error', [t('subsidies.step.refusedAfterNotice', { date: str('date') }), ...opinion]);
        ended = true;
        break;
      case 'SubmittedToSunshine':
        set('sunshine', 'finish', [t('subsidies.step.sunshineRef', { ref: str('externalRef'), date: str('date') })]);
        break;
      case 'PaymentIssued':
        if (step('sunshine').status === 'wait') skip(step('sunshine'), t);
        set('payment', 'process', [
          t('subsidies.step.issued', { batchId: str('batchId'), period: str('period'), date: str('date') }),
        ]);
        break;
      case 'PaymentConfirmed':
        set('payment', 'finish', [t('subsidies.step.paid', { date: str('date') })]);
        break;
      case 'PaymentFailed':
        set('payment', 'error', [t('subsidies.step.failed', { reason: str('reason'), date: str('date') })]);
        break;
      case 'PaymentReissued':
        set('payment', 'process', [
          t('subsidies.step.reissued', { batchId: str('batchId'), period: str('period'), date: str('date') }),
        ]);
        break;
      case 'ReimbursementSettled':
        set('settlement', 'finish', [t('subsidies.step.settled', { voucherNo: str('voucherNo'), date: str('date') })]);
        ended = true;
        break;
      case 'ApplicationWithdrawn':
        withdrawn = { status: 'error', lines: [t('subsidies.step.withdrawnReason', { reason: str('reason') }), by] };
        ended = true;
        break;
      default:
        // A newer server's event: the steps show what this client understands.
        break;
    }
  }

  // A withdrawn application never reached the later steps: show what happened, not what is left.
  const keys: StepKey[] = withdrawn ? ['applied'] : order;
  const result = keys.map((key) => ({ key, title: t(`subsidies.step.${key}`), ...freeze(step(key)) }));
  if (withdrawn) result.push({ key: 'withdrawn', title: t('subsidies.step.withdrawn'), ...freeze(withdrawn) });
  if (!ended && !result.some((s) => s.status === 'process' || s.status === 'error')) {
    const next = result.find((s) => s.status === 'wait' && !step(s.key).skipped);
    if (next) result[result.indexOf(next)] = { ...next, status: 'process' };
  }
  return result;
}

function skip(draft: Draft, t: Translate): void {
  draft.skipped = true;
  draft.lines.push(t('subsidies.step.sunshineSkipped'));
}

const freeze = (draft: Draft): Pick<WorkflowStep, 'status' | 'lines'> => ({ status: draft.status, lines: [...draft.lines] });
