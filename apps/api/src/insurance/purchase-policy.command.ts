import { CommandHandler, Command, type ICommandHandler } from '@nestjs/cqrs';
import { policyDecider, policyStreamId } from '@careledger/domain-insurance';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import type { PurchasePolicyInput } from './insurance.inputs';

export class PurchasePolicyCommand extends Command<CommandResult> {
  constructor(
    readonly input: PurchasePolicyInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(PurchasePolicyCommand)
export class PurchasePolicyHandler implements ICommandHandler<PurchasePolicyCommand, CommandResult> {
  constructor(private readonly commands: CommandRunner) {}

  execute({ input, context }: PurchasePolicyCommand): Promise<CommandResult> {
    const { commandId: _c, expectedRevision: _r, ...data } = input;
    return this.commands.run(policyDecider, context, input, () => ({
      id: String(input.year),
      streamId: policyStreamId(input.year),
      command: { type: 'PurchasePolicy' as const, data },
      businessDate: input.purchasedOn,
    }));
  }
}
