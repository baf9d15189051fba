import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { validationFailed } from '@careledger/domain-kernel';
import { visitDecider, visitStreamId, type AmendVisit, type VisitDetailsInput, type VisitState } from '@careledger/domain-visit';
import { newCommandId } from '../infrastructure/ids';
import { isTownship } from '../reference/townships';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import { CaseMembership } from './case-membership';
import { ChargedCommandRunner, type ChargedPlan } from './charged-command.runner';
import { FundCharges } from './fund-charges';
import type { AmendVisitInput } from './visit.inputs';
import { chargedFund, standingVisitCharge, VISIT_CHARGE_DESCRIPTION } from './visit-charge';

export class AmendVisitCommand extends Command<CommandResult> {
  constructor(
    readonly input: AmendVisitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

type Changes = { -readonly [K in keyof VisitDetailsInput]?: VisitDetailsInput[K] };

/** The fields the client sent; null means "unchanged" except where null is a value (followUp, fundId). */
export function changesOf(input: AmendVisitInput): Changes {
  const changes: Changes = {};
  if (input.visitType != null) changes.visitType = input.visitType;
  if (input.visitedOn != null) changes.visitedOn = input.visitedOn;
  if (input.township != null) changes.township = input.township;
  if (input.visitors != null) changes.visitors = input.visitors;
  if (input.caseIds != null) changes.caseIds = input.caseIds;
  if (input.personsReached != null) changes.personsReached = input.personsReached.map(({ caseId, personId }) => ({ caseId, personId }));
  if (input.needsFound != null) changes.needsFound = input.needsFound;
  if (input.followUp !== undefined) changes.followUp = input.followUp ? { action: input.followUp.action, dueOn: input.followUp.dueOn } : null;
  if (input.cashAidFen != null) changes.cashAidFen = input.cashAidFen;
  if (input.fundId !== undefined) changes.fundId = input.fundId;
  if (input.goods != null) changes.goods = input.goods.map(({ description, quantity, valueFen }) => ({ description, quantity, valueFen }));
  return changes;
}

/** Amends a visit; a change to its cash or fund re-charges the fund first (see ChargedCommandRunner). */
@CommandHandler(AmendVisitCommand)
export class AmendVisitHandler implements ICommandHandler<AmendVisitCommand, CommandResult> {
  constructor(
    private readonly runner: ChargedCommandRunner,
    private readonly commands: CommandRunner,
    private readonly membership: CaseMembership,
    private readonly charges: FundCharges,
  ) {}

  async execute({ input, context }: AmendVisitCommand): Promise<CommandResult> {
    const changes = changesOf(input);
    if (changes.township !== undefined && !isTownship(changes.township)) {
      throw validationFailed('township', `Unknown township "${changes.township}"`);
    }
    const { visitId } = input;
    const streamId = visitStreamId(visitId);
    const result = await this.runner.run({
      decider: visitDecider,
      streamId,
      commandId: input.commandId ?? newCommandId(),
      context,
      expectedRevision: input.expectedRevision,
      standingCharge: (state) => standingVisitCharge(visitId, state),
      plan: (state) => this.plan(input, changes, state),
    });
    await this.commands.settle(result.position);
    return { id: visitId, createdId: null, revision: result.revision, position: result.position };
  }

  private async plan(input: AmendVisitInput, changes: Changes, state: VisitState): Promise<ChargedPlan<AmendVisit>> {
    const command: AmendVisit = { type: 'AmendVisit', data: { visitId: input.visitId, changes, reason: input.reason } };
    // A missing or voided visit: the decider's own refusal (NOT_FOUND, VISIT_VOIDED).
    if (state.status !== 'recorded') return { command };
    const visit = state.visit;
    const next = { ...visit, ...changes };
    if (changes.caseIds !== undefined || changes.personsReached !== undefined || changes.visitedOn !== undefined) {
      await this.membership.assertMembers(next.caseIds, next.personsReached, { field: 'personsReached', caseField: 'caseIds', on: next.visitedOn });
    }
    // The decider's rule for the fund after the amendment: cash 0 releases it unless one is named.
    const cashAidFen = changes.cashAidFen ?? visit.cashAidFen;
    const fundId = changes.fundId !== undefined ? changes.fundId : cashAidFen === 0 ? null : visit.fundId;
    const newFundId = chargedFund(cashAidFen, fundId);
    const funds = await this.charges.loadAll([visit.fundId, newFundId]);
    const newFund = funds.find((f) => f.fundId === newFundId);
    if (newFund) this.charges.assertInFundYear(newFund, next.visitedOn, 'visitedOn');
    const sameFund = newFundId !== null && newFundId === visit.fundId;
    const fundRemainingFen = newFund
      ? this.charges.availableFor(newFund, visitStreamId(input.visitId)) - (sameFund ? visit.cashAidFen : 0)
      : null;
    const chargeChanged = cashAidFen !== visit.cashAidFen || (fundId ?? null) !== visit.fundId;
    const amend: AmendVisit = { ...command, data: { ...command.data, fundRemainingFen } };
    if (!chargeChanged) return { command: amend, businessDate: null, reason: input.reason };
    return {
      command: amend,
      reason: input.reason,
      charge: {
        target: newFund ? { fundId: newFund.fundId, amountFen: cashAidFen } : null,
        funds,
        spentOn: typeof next.visitedOn === 'string' ? next.visitedOn : visit.visitedOn,
        description: VISIT_CHARGE_DESCRIPTION,
        reason: input.reason,
      },
    };
  }
}
