import { Module } from '@nestjs/common';
import { AddCaseNoteHandler } from './add-case-note.command';
import { AssignContactHandler } from './assign-contact.command';
import { CareCaseCommandService } from './care-case-command.service';
import { CasesResolver } from './cases.resolver';
import { ChangeCaseCategoryHandler } from './change-case-category.command';
import { CorrectMemberDetailsHandler } from './correct-member-details.command';
import { ExitCaseHandler } from './exit-case.command';
import { GetCaseHandler } from './get-case.query';
import { ListCasesHandler } from './list-cases.query';
import { OpenCaseHandler } from './open-case.command';
import { RecordMemberDeathHandler } from './record-member-death.command';
import { RegisterMemberHandler } from './register-member.command';
import { ReopenCaseHandler } from './reopen-case.command';

@Module({
  providers: [
    CareCaseCommandService,
    CasesResolver,
    OpenCaseHandler,
    RegisterMemberHandler,
    CorrectMemberDetailsHandler,
    RecordMemberDeathHandler,
    ChangeCaseCategoryHandler,
    AssignContactHandler,
    AddCaseNoteHandler,
    ExitCaseHandler,
    ReopenCaseHandler,
    ListCasesHandler,
    GetCaseHandler,
  ],
})
export class CareCaseModule {}
