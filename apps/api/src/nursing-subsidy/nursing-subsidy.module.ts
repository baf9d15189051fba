import { Module } from '@nestjs/common';

/** The nursing-subsidy commands, queries and resolvers. */
@Module({ providers: [] })
export class NursingSubsidyModule {}
