import { QueryBus } from '@nestjs/cqrs';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { MIN_POSITION_ARG, ReadYourWrites } from '../shared/read-your-writes';
import { AuditFilter } from './audit-filter.input';
import { AuditTrailQuery } from './audit-trail.query';
import { AuditEventConnection } from './audit.types';

@Resolver()
export class AuditResolver {
  constructor(
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Query(() => AuditEventConnection, {
    description: 'Every event of the log with its metadata, newest first (position descending); first between 1 and 200.',
  })
  async auditTrail(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('minPosition', MIN_POSITION_ARG) minPosition: number | null,
  ): Promise<AuditEventConnection> {
    await this.readYourWrites.waitFor(minPosition);
    return this.queries.execute(new AuditTrailQuery(filter ?? {}, first ?? 50, after));
  }
}
