import { Injectable } from '@nestjs/common';
import { DomainError, isCivilDate, notFound, validationFailed } from '@careledger/domain-kernel';
import { fundDecider, fundStreamId, type Expenditure, type FundState, type OpenFund } from '@careledger/domain-fund';
import { deriveId } from '../infrastructure/ids';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';

/** A fund as read for one attempt, with the revision its next append must expect. */
export interface LoadedFund {
  readonly fundId: string;
  state: OpenFund;
  revision: number;
}

/** What a visit or activity should have charged: `amountFen` on `fundId`, or nothing (null). */
export type ChargeTarget = { readonly fundId: string; readonly amountFen: number } | null;

export interface Reconciliation {
  /** The visit/activity stream the charge lines are linked to, e.g. 'visit-v1'. */
  readonly linkedStreamId: string;
  /** The families the record reached: a new line names them, so it is on their timelines. */
  readonly caseIds?: readonly string[];
  readonly target: ChargeTarget;
  /** Every fund that may hold a line of this record (its old and its new fund). */
  readonly funds: readonly LoadedFund[];
  /** The command the fund appends are made for: their ids derive from it. */
  readonly commandId: string;
  readonly context: CommandContext;
  readonly spentOn: string;
  readonly description: string;
  readonly reason: string;
  /** Set as soon as anything is appended to a fund (the caller's cue to compensate on failure). */
  readonly progress: { appended: boolean };
}

/**
 * The fund side of a visit's or activity's cash aid. A record's charge is the set of fund
 * expenditures linked to its stream (`linkedStreamId`) that are not reversed; `reconcile` makes
 * that set equal to what the record should have charged — reversing every other line, then
 * recording the target line if it is missing — so the same call serves recording, amending,
 * voiding, a resent command and a compensation. Every append expects the fund revision that was
 * read, and the fund decider re-checks the balance: it is the authority, whatever raced before.
 */
@Injectable()
export class FundCharges {
  constructor(private readonly commands: CommandRunner) {}

  /** The fund, or NOT_FOUND (kind 'fund') on the input field that named it. */
  async load(fundId: string, field = 'fundId'): Promise<LoadedFund> {
    const { state, revision } = await this.commands.load(fundDecider, fundStreamId(fundId));
    if (state.status === 'initial') throw new DomainError('NOT_FOUND', notFound('fund', { fundId }).message, { kind: 'fund', fundId, field });
    return { fundId, state, revision };
  }

  /** Loads each distinct fund named (nulls skipped). */
  async loadAll(fundIds: readonly (string | null | undefined)[]): Promise<LoadedFund[]> {
    const ids = [...new Set(fundIds.filter((id): id is string => typeof id === 'string' && id !== ''))];
    return Promise.all(ids.map((id) => this.load(id)));
  }

  /**
   * What the record may hold on this fund: its balance plus the record's own lines there (so a
   * resent command, whose line is already in, is not refused for its own money).
   */
  availableFor(fund: LoadedFund, linkedStreamId: string): number {
    const own = linesOf(fund.state, linkedStreamId).reduce((sum, line) => sum + line.amountFen, 0);
    return fund.state.ledger.allocatedFen - fund.state.ledger.spentFen + own;
  }

  /** A fund is a budget year's money: cash aid given on another year's day cannot come from it. */
  assertInFundYear(fund: LoadedFund, date: unknown, field: string): void {
    if (!isCivilDate(date)) return;
    const { year } = fund.state.profile;
    if (!date.startsWith(`${year}-`)) {
      throw validationFailed(field, `the fund ${fund.fundId} pays only for ${year}`, { min: `${year}-01-01`, max: `${year}-12-31`, fundId: fund.fundId });
    }
  }

  async reconcile(r: Reconciliation): Promise<void> {
    const target = r.target;
    const targetFund = target ? r.funds.find((f) => f.fundId === target.fundId) : undefined;
    if (target && !targetFund) throw new Error(`reconcile: fund ${target.fundId} was not loaded`);
    const keep = target && targetFund ? linesOf(targetFund.state, r.linkedStreamId).find((l) => l.amountFen === target.amountFen) : undefined;

    // Reversals first: on the same fund they free the money the new line may need.
    for (const fund of r.funds) {
      for (const line of linesOf(fund.state, r.linkedStreamId)) {
        if (line === keep) continue;
        await this.append(fund, r, `reverse:${line.expenditureId}`, {
          type: 'ReverseExpenditure',
          data: { fundId: fund.fundId, expenditureId: line.expenditureId, reason: r.reason },
        });
      }
    }
    if (!target || !targetFund || keep) return;
    // A line id this command never used: a line it recorded and a compensation reversed is done with.
    let n = 0;
    const lineId = () => deriveId(r.commandId, `charge:${n}`);
    while (targetFund.state.expenditures.has(lineId())) n += 1;
    const expenditureId = lineId();
    try {
      await this.append(targetFund, r, `charge:${expenditureId}`, {
        type: 'RecordExpenditure',
        data: {
          fundId: target.fundId,
          expenditureId,
          category: 'SPECIAL',
          amountFen: target.amountFen,
          spentOn: r.spentOn,
          description: r.description,
          linkedStreamId: r.linkedStreamId,
          caseIds: r.caseIds ?? [],
        },
      });
    } catch (error) {
      // The fund decider speaks of its own field; the caller's form calls it cashAidFen.
      if (error instanceof DomainError && error.code === 'INSUFFICIENT_FUNDS') {
        throw new DomainError('INSUFFICIENT_FUNDS', error.message, { ...error.details, field: 'cashAidFen' });
      }
      throw error;
    }
  }

  private async append(fund: LoadedFund, r: Reconciliation, purpose: string, command: Parameters<typeof fundDecider.decide>[0]): Promise<void> {
    const result = await this.commands.execute(fundDecider, {
      streamId: fundStreamId(fund.fundId),
      command,
      commandId: deriveId(r.commandId, purpose),
      // The fund event carries the visit command as its correlation id: the audit trail joins them.
      context: { ...r.context, correlationId: r.context.correlationId ?? r.commandId },
      expectedRevision: fund.revision,
      businessDate: r.spentOn,
      reason: command.type === 'ReverseExpenditure' ? r.reason : null,
    });
    if (result.unchanged) {
      // Done before (a resent command): take the stream as it is now.
      const reloaded = await this.load(fund.fundId);
      fund.state = reloaded.state;
      fund.revision = reloaded.revision;
      return;
    }
    r.progress.appended = true;
    // The append expected `fund.revision`, so the events written are the ones decided on our
    // state: fold them in, and the next append on this fund still detects anyone else's write.
    const events = fundDecider.decide(command, fund.state);
    const next = events.reduce(fundDecider.evolve, fund.state as FundState);
    if (next.status === 'open') fund.state = next;
    fund.revision = result.revision;
  }
}

/** The record's lines on a fund that still count (recorded, not reversed). */
function linesOf(state: FundState, linkedStreamId: string): Expenditure[] {
  if (state.status !== 'open') return [];
  return [...state.expenditures.values()].filter((e) => e.linkedStreamId === linkedStreamId && e.status === 'RECORDED');
}
