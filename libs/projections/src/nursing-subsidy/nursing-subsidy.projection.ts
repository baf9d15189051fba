import type { NursingSubsidyEvent, SubsidyStatus } from '@careledger/domain-nursing-subsidy';
import type { RecordedEvent } from '@careledger/event-store';
import { businessDayOf } from '../audit-log/business-day';
import type { ReadModelDatabase } from '../read-model/read-model.database';
import type { Projection } from '../runner/projection';
import { insertApplication, insertStep, selectCurrent, updateApplication, type ApplicationChange } from './nursing-subsidy.statements';
import { stepOf, type StepFacts } from './subsidy-step';

type Step = ReadModelDatabase['subsidy_step'];

/**
 * Nursing-subsidy applications (one row each, current state) and their workflow steps (one row
 * per event). Every value comes from the event and its metadata, so a rebuild reproduces the rows.
 * The diagnosis category (health data) is not copied.
 */
export const nursingSubsidyProjection: Projection = {
  name: 'nursing-subsidy',
  filter: { streamTypes: ['subsidy'] },
  async apply(trx, recorded) {
    const event = recorded as unknown as RecordedEvent & NursingSubsidyEvent;
    const id = event.data.applicationId;
    const stamp = { revision: recorded.revision, last_recorded_at: recorded.recordedAt };
    if (event.type === 'SubsidyApplied') {
      const d = event.data;
      const appliedOn = businessDayOf(recorded);
      await insertApplication.execute(trx, {
        application_id: id,
        case_id: d.caseId,
        person_id: d.personId,
        hospital_name: d.hospitalName,
        hospital_grade: d.hospitalGrade,
        admitted_on: d.admittedOn,
        discharged_on: d.dischargedOn,
        admission_year: Number(d.admittedOn.slice(0, 4)),
        applied_on: appliedOn,
        applied_position: recorded.position,
        status: 'applied',
        amount_fen: d.computation.amountFen,
        rules_effective_from: d.rulesEffectiveFrom,
        notice_required: d.noticeRequired ? 1 : 0,
        notice_days: d.noticeDays,
        computation: JSON.stringify(d.computation),
        notice_posted_on: null,
        notice_closes_on: null,
        notice_closed_on: null,
        sunshine_ref: null,
        submitted_on: null,
        batch_id: null,
        period: null,
        issued_on: null,
        payment_year: null,
        paid_on: null,
        failure_reason: null,
        failed_on: null,
        settled_on: null,
        voucher_no: null,
        last_opinion: null,
        withdrawn_reason: null,
        ...stamp,
      });
      await insertStep.execute(trx, stepRow(recorded, stepOf(event, 'applied', d.computation.amountFen)));
      return true;
    }
    const { rows } = await selectCurrent.execute(trx, { application_id: id });
    const current = rows[0] as { status: SubsidyStatus; amount_fen: number } | undefined;
    if (!current) throw new Error(`nursing-subsidy: no row for ${id}; its SubsidyApplied was never applied`);
    const step = stepOf(event, current.status, Number(current.amount_fen));
    const change: ApplicationChange = { ...changeOf(event, current.status), status: step.status_after, ...stamp };
    const columns = Object.keys(change) as (keyof ApplicationChange & string)[];
    await updateApplication(columns).execute(trx, { ...change, application_id: id });
    await insertStep.execute(trx, stepRow(recorded, step));
    return true;
  },
};

/** What an event changes on the application row, besides its status and stamp (`before`: the status it found). */
function changeOf(event: NursingSubsidyEvent, before: SubsidyStatus): ApplicationChange {
  switch (event.type) {
    case 'SubsidyApplied':
    case 'DocumentsSupplemented':
      return {};
    case 'TownshipReviewed':
    case 'CountyReviewed':
      return event.data.decision === 'APPROVED' ? {} : { last_opinion: event.data.opinion };
    case 'NoticePosted':
      return { notice_posted_on: event.data.postedOn, notice_closes_on: event.data.closesOn };
    case 'NoticeClosed':
      return { notice_closed_on: event.data.closedOn };
    case 'RefusedAfterNotice': {
      // Refused while the notice still hung: the refusal took it down that day.
      const { refusedOn, reason } = event.data;
      return before === 'noticePosted' ? { last_opinion: reason, notice_closed_on: refusedOn } : { last_opinion: reason };
    }
    case 'SubmittedToSunshine':
      return { sunshine_ref: event.data.externalRef, submitted_on: event.data.submittedOn };
    case 'PaymentIssued':
    case 'PaymentReissued': {
      const { batchId, period, issuedOn } = event.data;
      return { batch_id: batchId, period, issued_on: issuedOn, payment_year: Number(issuedOn.slice(0, 4)) };
    }
    case 'PaymentConfirmed':
      return { paid_on: event.data.paidOn };
    case 'PaymentFailed':
      return { failure_reason: event.data.reason, failed_on: event.data.failedOn };
    case 'ReimbursementSettled':
      return { settled_on: event.data.settledOn, voucher_no: event.data.voucherNo };
    case 'ApplicationWithdrawn':
      return { withdrawn_reason: event.data.reason };
    default: {
      const _exhaustive: never = event;
      return {};
    }
  }
}

function stepRow(recorded: RecordedEvent, facts: StepFacts): Step {
  const m = recorded.metadata;
  return {
    application_id: String(recorded.data['applicationId']),
    position: recorded.position,
    revision: recorded.revision,
    actor_id: m.actorId,
    actor_role: m.actorRole,
    actor_township: m.actorTownship,
    recorded_at: recorded.recordedAt,
    business_date: m.businessDate ?? null,
    ...facts,
  };
}
