import { QueryBus } from '@nestjs/cqrs';
import { Query, Resolver } from '@nestjs/graphql';
import { CheckIntegrityQuery } from './check-integrity.query';
import { IntegrityReport } from './integrity-report.type';

@Resolver()
export class IntegrityResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => IntegrityReport, { description: 'Verifies the hash chain of the whole log now.' })
  integrity(): Promise<IntegrityReport> {
    return this.queries.execute(new CheckIntegrityQuery());
  }
}
