import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { validationFailed } from '@careledger/domain-kernel';
import type { ProjectionRunner } from '@careledger/projections';
import { PROJECTION_RUNNER } from '../infrastructure/tokens';
import { ProjectionHealthReader } from './projection-health.reader';
import type { ProjectionHealth } from './projection-health.type';

/** Restarts a failed or stopped projection from its last good checkpoint (after a fix). */
export class ResumeProjectionCommand extends Command<ProjectionHealth> {
  constructor(readonly name: string) {
    super();
  }
}

@CommandHandler(ResumeProjectionCommand)
export class ResumeProjectionHandler implements ICommandHandler<ResumeProjectionCommand, ProjectionHealth> {
  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    private readonly health: ProjectionHealthReader,
  ) {}

  async execute({ name }: ResumeProjectionCommand): Promise<ProjectionHealth> {
    if (!this.health.isKnown(name)) throw validationFailed('name', `Unknown projection "${name}"`);
    await this.runner.resume(name);
    const resumed = (await this.health.read()).find((p) => p.name === name);
    if (!resumed) throw validationFailed('name', `Projection "${name}" has no checkpoint`);
    return resumed;
  }
}
