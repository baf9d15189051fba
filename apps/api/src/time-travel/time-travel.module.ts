import { Module } from '@nestjs/common';
import { GetCaseAsOfHandler } from './get-case-as-of.query';

/** `case(id, asOf)`: the resolver lives with the case; the fold over the log lives here. */
@Module({ providers: [GetCaseAsOfHandler] })
export class TimeTravelModule {}
