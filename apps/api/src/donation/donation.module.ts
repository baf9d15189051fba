import { Module } from '@nestjs/common';

/** The donation commands, queries and resolvers. */
@Module({ providers: [] })
export class DonationModule {}
