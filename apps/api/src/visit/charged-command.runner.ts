import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, type Decider, type DomainCommand, type DomainEvent } from '@careledger/domain-kernel';
import { ConcurrencyError, type EventStore } from '@careledger/event-store';
import { casesTouchedBy } from '@careledger/projections';
import { deriveId } from '../infrastructure/ids';
import { EVENT_STORE } from '../infrastructure/tokens';
import { CommandRunner } from '../shared/command-runner';
import type { DeciderCommandResult } from '../shared/decider-command.executor';
import type { CommandContext } from '../shared/request-context';
import { FundCharges, type ChargeTarget, type LoadedFund } from './fund-charges';

/** How the record's charge should change: to `target`, over these funds. */
export interface ChargeChange {
  readonly target: ChargeTarget;
  readonly funds: LoadedFund[];
  readonly spentOn: string;
  readonly description: string;
  readonly reason: string;
}

/** A record's charge as its own stream says. */
export interface StandingCharge {
  readonly target: ChargeTarget;
  readonly spentOn: string;
  readonly description: string;
}

/** The command to append to the record's stream, and the charge change it implies (if any). */
export interface ChargedPlan<C> {
  readonly command: C;
  readonly charge?: ChargeChange;
  readonly businessDate?: string | null;
  readonly reason?: string | null;
}

export interface ChargedRequest<C extends DomainCommand, E extends DomainEvent, S> {
  readonly decider: Decider<C, E, S>;
  readonly streamId: string;
  readonly commandId: string;
  readonly context: CommandContext;
  /** The record revision the client saw: a mismatch is CONCURRENCY_CONFLICT, never retried. */
  readonly expectedRevision?: number | null;
  /** Cross-stream reads and validation for one attempt; throws typed errors, appends nothing. */
  plan(state: S): Promise<ChargedPlan<C>>;
  /** What the record, as it stands, should have charged: the compensation's target. */
  standingCharge(state: S): StandingCharge;
}

const MAX_ATTEMPTS = 4;

/**
 * A visit or activity command that moves money: the fund stream first, then the record's stream.
 *
 * Consistency across the two streams (there is no transaction spanning them):
 * - What can race: two records charging one fund (each read a balance that covered it), and two
 *   edits of one record (each read the same revision and the same charge lines).
 * - How it is prevented: the fund stream's own decider is the authority. Every fund append
 *   expects the revision this attempt read and the fund decider re-checks the balance; a
 *   conflict restarts the whole attempt on fresh state (re-read record and funds, re-validate,
 *   re-decide), so the second of two racing visits is refused with INSUFFICIENT_FUNDS once the
 *   money is gone, and the fund never goes below zero. The record's append then expects the
 *   record revision this attempt read, so a concurrent edit restarts it too; because the fund
 *   step is a reconciliation ("make this record's lines equal its charge"), a restarted attempt
 *   converges on the last edit instead of charging twice.
 * - If the process dies between the two appends, the fund holds a line for a record that does
 *   not show it. Re-sending the same commandId completes it: the record stream does not have
 *   the command, the fund line (derived id, linked to the record) is found and kept, and the
 *   record is appended. Until then the fund is charged early, never over-charged.
 * - Compensation: when the record's append is finally refused after the fund moved (a definitive
 *   domain refusal, or conflicts beyond MAX_ATTEMPTS), the fund is reconciled back to what the
 *   record as it stands should have charged (reversing this command's line, re-charging a line it
 *   reversed), and the refusal is returned. A transient failure (I/O) is not compensated: the
 *   resend completes the command instead.
 */
@Injectable()
export class ChargedCommandRunner {
  private readonly logger = new Logger('ChargedCommand');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commands: CommandRunner,
    private readonly charges: FundCharges,
  ) {}

  async run<C extends DomainCommand, E extends DomainEvent, S>(request: ChargedRequest<C, E, S>): Promise<DeciderCommandResult> {
    const { decider, streamId, commandId, context } = request;
    const clientRevision = request.expectedRevision ?? undefined;
    const progress = { appended: false };
    const touched = new Set<string>();
    for (let attempt = 1; ; attempt += 1) {
      const history = await this.store.readStream(streamId);
      const done = history.filter((e) => e.metadata.commandId === commandId).pop();
      // Already done (a resend after the answer was lost): the original result, nothing decided.
      if (done) return { revision: done.revision, position: done.position, unchanged: true };
      const revision = history[history.length - 1]?.revision ?? -1;
      if (clientRevision !== undefined && clientRevision !== revision) {
        throw new ConcurrencyError(streamId, clientRevision === -1 ? 'no_stream' : clientRevision, revision === -1 ? 'no_stream' : revision);
      }
      const state = history.reduce((s, e) => decider.evolve(s, e as unknown as E), decider.initialState());
      try {
        const plan = await request.plan(state);
        // Decided here first, on the state just read, so a refusal appends nothing anywhere.
        const events = decider.decide(plan.command, state);
        if (events.length > 0 && plan.charge) {
          for (const fund of plan.charge.funds) touched.add(fund.fundId);
          // The line names the families the record reaches after this command (its events say).
          const caseIds = [...new Set(events.flatMap((event) => casesTouchedBy({ data: event.data as Readonly<Record<string, unknown>> })))];
          await this.charges.reconcile({ ...plan.charge, linkedStreamId: streamId, caseIds, commandId, context, progress });
        }
        return await this.commands.execute(decider, {
          streamId,
          commandId,
          context,
          command: plan.command,
          expectedRevision: revision,
          businessDate: plan.businessDate,
          reason: plan.reason,
        });
      } catch (error) {
        const retry = error instanceof ConcurrencyError && clientRevision === undefined && attempt < MAX_ATTEMPTS;
        if (retry) continue;
        if (progress.appended) await this.compensate(request, touched);
        throw onCashField(error);
      }
    }
  }

  private async compensate<C extends DomainCommand, E extends DomainEvent, S>(
    request: ChargedRequest<C, E, S>,
    touched: ReadonlySet<string>,
  ): Promise<void> {
    try {
      const { state } = await this.commands.load(request.decider, request.streamId);
      const standing = request.standingCharge(state);
      await this.charges.reconcile({
        ...standing,
        funds: await this.charges.loadAll([...touched, standing.target?.fundId]),
        reason: '登记未完成，冲销本次支出',
        linkedStreamId: request.streamId,
        commandId: deriveId(request.commandId, 'compensate'),
        context: request.context,
        progress: { appended: false },
      });
    } catch (error) {
      // The fund and the record now disagree until the command is resent; say so loudly.
      this.logger.error(`Compensation for ${request.streamId} (command ${request.commandId}) failed: ${String(error)}`);
    }
  }
}

/** The deciders' INSUFFICIENT_FUNDS names no field; the form's field for it is the cash amount. */
function onCashField(error: unknown): unknown {
  if (error instanceof DomainError && error.code === 'INSUFFICIENT_FUNDS' && error.details['field'] === undefined) {
    return new DomainError(error.code, error.message, { ...error.details, field: 'cashAidFen' });
  }
  return error;
}
