import { Module } from '@nestjs/common';

/** The report commands, queries and resolvers. */
@Module({ providers: [] })
export class ReportModule {}
