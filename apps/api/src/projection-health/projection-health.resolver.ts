import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ListProjectionsQuery } from './list-projections.query';
import { ResumeProjectionCommand } from './resume-projection.command';
import { ProjectionHealth } from './projection-health.type';

@Resolver()
export class ProjectionHealthResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Query(() => [ProjectionHealth], { description: "Each read model's checkpoint, status and lag behind the log's head." })
  projections(): Promise<ProjectionHealth[]> {
    return this.queries.execute(new ListProjectionsQuery());
  }

  @Mutation(() => ProjectionHealth, { description: 'Resumes a failed or stopped projection from its last good checkpoint.' })
  resumeProjection(@Args('name') name: string): Promise<ProjectionHealth> {
    return this.commands.execute(new ResumeProjectionCommand(name));
  }
}
