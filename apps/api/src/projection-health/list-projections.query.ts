import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ProjectionHealthReader } from './projection-health.reader';
import type { ProjectionHealth } from './projection-health.type';

export class ListProjectionsQuery extends Query<ProjectionHealth[]> {}

@QueryHandler(ListProjectionsQuery)
export class ListProjectionsHandler implements IQueryHandler<ListProjectionsQuery, ProjectionHealth[]> {
  constructor(private readonly health: ProjectionHealthReader) {}

  execute(): Promise<ProjectionHealth[]> {
    return this.health.read();
  }
}
