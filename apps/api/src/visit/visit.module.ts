import { Module } from '@nestjs/common';
import { AmendVisitHandler } from './amend-visit.command';
import { CaseMembership } from './case-membership';
import { CaseVisitsResolver } from './case-visits.resolver';
import { ChargedCommandRunner } from './charged-command.runner';
import { CorrectAttendanceHandler } from './correct-attendance.command';
import { FundCharges } from './fund-charges';
import { HoldActivityHandler } from './hold-activity.command';
import { RecordVisitHandler } from './record-visit.command';
import { GetActivityHandler, GetVisitHandler, ListActivitiesHandler, ListVisitsHandler } from './visit.queries';
import { VisitsResolver } from './visits.resolver';
import { VoidVisitHandler } from './void-visit.command';

/** The visit and collective-activity commands, queries and resolvers. */
@Module({
  providers: [
    CaseMembership,
    FundCharges,
    ChargedCommandRunner,
    RecordVisitHandler,
    AmendVisitHandler,
    VoidVisitHandler,
    HoldActivityHandler,
    CorrectAttendanceHandler,
    ListVisitsHandler,
    GetVisitHandler,
    ListActivitiesHandler,
    GetActivityHandler,
    VisitsResolver,
    CaseVisitsResolver,
  ],
})
export class VisitModule {}
