import { Module } from '@nestjs/common';

/** The insurance commands, queries and resolvers. */
@Module({ providers: [] })
export class InsuranceModule {}
