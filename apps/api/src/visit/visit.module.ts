import { Module } from '@nestjs/common';

/** The visit commands, queries and resolvers. */
@Module({ providers: [] })
export class VisitModule {}
