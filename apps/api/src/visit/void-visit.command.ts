import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { visitDecider, visitStreamId, type VoidVisit } from '@careledger/domain-visit';
import { newCommandId } from '../infrastructure/ids';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import { ChargedCommandRunner } from './charged-command.runner';
import { FundCharges } from './fund-charges';
import type { VoidVisitInput } from './visit.inputs';
import { VISIT_CHARGE_DESCRIPTION, standingVisitCharge } from './visit-charge';

export class VoidVisitCommand extends Command<CommandResult> {
  constructor(
    readonly input: VoidVisitInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Voids a visit with a reason; its cash aid goes back to the fund first (the charge is reversed). */
@CommandHandler(VoidVisitCommand)
export class VoidVisitHandler implements ICommandHandler<VoidVisitCommand, CommandResult> {
  constructor(
    private readonly runner: ChargedCommandRunner,
    private readonly commands: CommandRunner,
    private readonly charges: FundCharges,
  ) {}

  async execute({ input, context }: VoidVisitCommand): Promise<CommandResult> {
    const { visitId } = input;
    const result = await this.runner.run({
      decider: visitDecider,
      streamId: visitStreamId(visitId),
      commandId: input.commandId ?? newCommandId(),
      context,
      expectedRevision: input.expectedRevision,
      standingCharge: (state) => standingVisitCharge(visitId, state),
      plan: async (state) => {
        const command: VoidVisit = { type: 'VoidVisit', data: { visitId, reason: input.reason } };
        if (state.status !== 'recorded' || state.visit.fundId === null) return { command, reason: input.reason };
        const funds = await this.charges.loadAll([state.visit.fundId]);
        const charge = { target: null, funds, spentOn: state.visit.visitedOn, description: VISIT_CHARGE_DESCRIPTION, reason: input.reason };
        return { command, reason: input.reason, charge };
      },
    });
    await this.commands.settle(result.position);
    return { id: visitId, createdId: null, revision: result.revision, position: result.position };
  }
}
