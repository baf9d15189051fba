import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { validationFailed } from '@careledger/domain-kernel';
import { visitDecider, visitStreamId, type RecordVisit } from '@careledger/domain-visit';
import { deriveId, newCommandId } from '../infrastructure/ids';
import { isTownship } from '../reference/townships';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import { CaseMembership } from './case-membership';
import { ChargedCommandRunner } from './charged-command.runner';
import { FundCharges } from './fund-charges';
import type { RecordVisitInput } from './visit.inputs';
import { chargedFund, standingVisitCharge, VISIT_CHARGE_DESCRIPTION } from './visit-charge';

export class RecordVisitCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordVisitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Records a visit after the fact; its cash aid is charged to the fund first (see ChargedCommandRunner). */
@CommandHandler(RecordVisitCommand)
export class RecordVisitHandler implements ICommandHandler<RecordVisitCommand, CommandResult> {
  constructor(
    private readonly runner: ChargedCommandRunner,
    private readonly commands: CommandRunner,
    private readonly membership: CaseMembership,
    private readonly charges: FundCharges,
  ) {}

  async execute({ input, context }: RecordVisitCommand): Promise<CommandResult> {
    if (!isTownship(input.township)) throw validationFailed('township', `Unknown township "${input.township}"`);
    const commandId = input.commandId ?? newCommandId();
    const visitId = input.visitId ?? deriveId(commandId, 'visit');
    const streamId = visitStreamId(visitId);
    const fundId = chargedFund(input.cashAidFen, input.fundId);
    const result = await this.runner.run({
      decider: visitDecider,
      streamId,
      commandId,
      context,
      expectedRevision: null,
      standingCharge: (state) => standingVisitCharge(visitId, state),
      plan: async () => {
        await this.membership.assertMembers(input.caseIds, input.personsReached, {
          field: 'personsReached',
          caseField: 'caseIds',
          on: input.visitedOn,
        });
        const funds = await this.charges.loadAll([fundId]);
        const fund = funds[0];
        if (fund) this.charges.assertInFundYear(fund, input.visitedOn, 'visitedOn');
        const command: RecordVisit = {
          type: 'RecordVisit',
          data: {
            visitId,
            visitType: input.visitType,
            visitedOn: input.visitedOn,
            township: input.township,
            visitors: input.visitors,
            caseIds: input.caseIds,
            personsReached: input.personsReached.map(({ caseId, personId }) => ({ caseId, personId })),
            needsFound: input.needsFound,
            followUp: input.followUp ? { action: input.followUp.action, dueOn: input.followUp.dueOn } : null,
            cashAidFen: input.cashAidFen,
            fundId: input.fundId ?? null,
            goods: input.goods.map(({ description, quantity, valueFen }) => ({ description, quantity, valueFen })),
            fundRemainingFen: fund ? this.charges.availableFor(fund, streamId) : null,
          },
        };
        const charge = fund
          ? { target: { fundId: fund.fundId, amountFen: input.cashAidFen }, funds, spentOn: input.visitedOn, description: VISIT_CHARGE_DESCRIPTION, reason: '' }
          : undefined;
        return { command, charge, businessDate: input.visitedOn };
      },
    });
    await this.commands.settle(result.position);
    return { id: visitId, createdId: visitId, revision: result.revision, position: result.position };
  }
}
