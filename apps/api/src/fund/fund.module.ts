import { Module } from '@nestjs/common';

/** The fund commands, queries and resolvers. */
@Module({ providers: [] })
export class FundModule {}
