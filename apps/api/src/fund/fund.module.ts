import { Module } from '@nestjs/common';
import { AdjustAllocationHandler } from './adjust-allocation.command';
import { AllocateBudgetHandler } from './allocate-budget.command';
import { ExplainTargetDeviationHandler } from './explain-target-deviation.command';
import { FundCommandService } from './fund-command.service';
import { FundCommandsResolver } from './fund-commands.resolver';
import { FundsResolver } from './funds.resolver';
import { GetFundLedgerHandler } from './get-fund-ledger.query';
import { GetFundHandler } from './get-fund.query';
import { GetPerformanceTargetsHandler } from './get-performance-targets.query';
import { ListFundsHandler } from './list-funds.query';
import { ReceiveFundsHandler } from './receive-funds.command';
import { RecordExpenditureHandler } from './record-expenditure.command';
import { ReverseExpenditureHandler } from './reverse-expenditure.command';
import { RevisePerformanceTargetHandler } from './revise-performance-target.command';
import { SetPerformanceTargetHandler } from './set-performance-target.command';
import { TargetsResolver } from './targets.resolver';
import { WithdrawPerformanceTargetHandler } from './withdraw-performance-target.command';

/** The fund and performance-target commands, queries and resolvers. */
@Module({
  providers: [
    FundCommandService,
    FundsResolver,
    FundCommandsResolver,
    TargetsResolver,
    AllocateBudgetHandler,
    ReceiveFundsHandler,
    RecordExpenditureHandler,
    ReverseExpenditureHandler,
    AdjustAllocationHandler,
    SetPerformanceTargetHandler,
    RevisePerformanceTargetHandler,
    WithdrawPerformanceTargetHandler,
    ExplainTargetDeviationHandler,
    ListFundsHandler,
    GetFundHandler,
    GetFundLedgerHandler,
    GetPerformanceTargetsHandler,
  ],
})
export class FundModule {}
