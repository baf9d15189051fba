import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { type AppConfig, type Clock, type Infrastructure } from '@careledger/platform';
import { CareCaseModule } from './care-case/care-case.module';
import { AuditModule } from './audit/audit.module';
import { APP_CONFIG, CLOCK, EVENT_STORE, PERSONAL_DATA_VAULT, PROJECTION_RUNNER, RAW_EVENT_STORE, READ_DB } from './infrastructure/tokens';
import { IntegrityModule } from './integrity/integrity.module';
import { ProjectionHealthModule } from './projection-health/projection-health.module';
import { ReferenceResolver } from './reference/reference.resolver';
import { formatGraphqlError, GraphqlErrorFilter } from './shared/graphql-error.filter';
import { ReadYourWrites } from './shared/read-your-writes';
import { CommandRunner } from './shared/command-runner';
import { VisitModule } from './visit/visit.module';
import { NursingSubsidyModule } from './nursing-subsidy/nursing-subsidy.module';
import { InsuranceModule } from './insurance/insurance.module';
import { FundModule } from './fund/fund.module';
import { DonationModule } from './donation/donation.module';
import { ReportModule } from './report/report.module';
import type { RequestContext } from './shared/request-context';
import { TimeTravelModule } from './time-travel/time-travel.module';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly infrastructure: Infrastructure;
  readonly clock: Clock;
}

/** The application: ports are opened before Nest starts and enter here, once, as values. */
@Global()
@Module({})
export class AppModule {
  static forRoot({ config, infrastructure, clock }: AppModuleOptions): DynamicModule {
    const ports = [
      { provide: APP_CONFIG, useValue: config },
      { provide: CLOCK, useValue: clock },
      { provide: EVENT_STORE, useValue: infrastructure.store },
      { provide: RAW_EVENT_STORE, useValue: infrastructure.rawStore },
      { provide: READ_DB, useValue: infrastructure.readDb },
      { provide: PROJECTION_RUNNER, useValue: infrastructure.runner },
      { provide: PERSONAL_DATA_VAULT, useValue: infrastructure.vault },
    ];
    return {
      module: AppModule,
      imports: [
        CqrsModule.forRoot(),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: config.schemaFile || true,
          sortSchema: true,
          playground: false,
          introspection: true,
          context: ({ req }: RequestContext) => ({ req }),
          // Field resolvers with arguments (a fund's ledger page…) get the same typed errors.
          fieldResolverEnhancers: ['filters'],
          // Errors raised before any resolver (variable coercion) get the same typed codes.
          formatError: formatGraphqlError,
        }),
        CareCaseModule,
        TimeTravelModule,
        AuditModule,
        IntegrityModule,
        ProjectionHealthModule,
        VisitModule,
        NursingSubsidyModule,
        InsuranceModule,
        FundModule,
        DonationModule,
        ReportModule,
      ],
      providers: [
        ...ports,
        ReadYourWrites,
        CommandRunner,
        ReferenceResolver,
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
      ],
      exports: [...ports.map((p) => p.provide), ReadYourWrites, CommandRunner],
    };
  }
}
