import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { validationFailed } from '@careledger/domain-kernel';
import { activityDecider, activityStreamId, type ActivityState, type HoldActivity } from '@careledger/domain-visit';
import { deriveId, newCommandId } from '../infrastructure/ids';
import { isTownship } from '../reference/townships';
import type { CommandResult } from '../shared/command-result.type';
import { CommandRunner } from '../shared/command-runner';
import type { CommandContext } from '../shared/request-context';
import { CaseMembership } from './case-membership';
import { ChargedCommandRunner, type StandingCharge } from './charged-command.runner';
import { FundCharges } from './fund-charges';
import type { HoldActivityInput } from './visit.inputs';
import { ACTIVITY_CHARGE_DESCRIPTION, chargedFund } from './visit-charge';

export class HoldActivityCommand extends Command<CommandResult> {
  constructor(
    readonly input: HoldActivityInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

const caseIdsOf = (attendees: unknown): unknown =>
  Array.isArray(attendees) ? [...new Set(attendees.map((a: { caseId?: unknown }) => a?.caseId))] : attendees;

/** Records a collective activity with its attendance; cash handed out is charged like a visit's. */
@CommandHandler(HoldActivityCommand)
export class HoldActivityHandler implements ICommandHandler<HoldActivityCommand, CommandResult> {
  constructor(
    private readonly runner: ChargedCommandRunner,
    private readonly commands: CommandRunner,
    private readonly membership: CaseMembership,
    private readonly charges: FundCharges,
  ) {}

  async execute({ input, context }: HoldActivityCommand): Promise<CommandResult> {
    const township = input.township ?? null;
    if (township !== null && !isTownship(township)) throw validationFailed('township', `Unknown township "${township}"`);
    const commandId = input.commandId ?? newCommandId();
    const activityId = input.activityId ?? deriveId(commandId, 'activity');
    const streamId = activityStreamId(activityId);
    const fundId = chargedFund(input.cashAidFen, input.fundId);
    const description = ACTIVITY_CHARGE_DESCRIPTION;
    const result = await this.runner.run({
      decider: activityDecider,
      streamId,
      commandId,
      context,
      expectedRevision: null,
      standingCharge: (state: ActivityState): StandingCharge =>
        state.status === 'held' && state.activity.fundId !== null
          ? { target: { fundId: state.activity.fundId, amountFen: state.activity.cashAidFen }, spentOn: state.activity.heldOn, description }
          : { target: null, spentOn: '', description },
      plan: async () => {
        await this.membership.assertMembers(caseIdsOf(input.attendees), input.attendees, { field: 'attendees', caseField: 'attendees', on: input.heldOn });
        const funds = await this.charges.loadAll([fundId]);
        const fund = funds[0];
        if (fund) this.charges.assertInFundYear(fund, input.heldOn, 'heldOn');
        const command: HoldActivity = {
          type: 'HoldActivity',
          data: {
            activityId,
            venueKind: input.venueKind,
            venueName: input.venueName,
            heldOn: input.heldOn,
            topic: input.topic,
            township,
            attendees: input.attendees.map(({ caseId, personId }) => ({ caseId, personId })),
            cashAidFen: input.cashAidFen,
            fundId: input.fundId ?? null,
            fundRemainingFen: fund ? this.charges.availableFor(fund, streamId) : null,
          },
        };
        const charge = fund
          ? { target: { fundId: fund.fundId, amountFen: input.cashAidFen }, funds, spentOn: input.heldOn, description, reason: '' }
          : undefined;
        return { command, charge, businessDate: input.heldOn };
      },
    });
    await this.commands.settle(result.position);
    return { id: activityId, createdId: activityId, revision: result.revision, position: result.position };
  }
}
