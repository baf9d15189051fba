import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { shanghaiDate, type AppConfig } from '@careledger/platform';
import { APP_CONFIG } from '../infrastructure/tokens';
import { CommandRunner } from '../shared/command-runner';
import { SubsidyRuleSet } from './subsidy-rules.types';
import { toSubsidyRuleSets } from './subsidy.mapper';

@Resolver()
export class SubsidyRulesResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly commands: CommandRunner,
  ) {}

  @Query(() => [SubsidyRuleSet], {
    description: 'The configured nursing-subsidy rule sets (config/subsidy-rules.json), oldest first; inForce marks today’s.',
  })
  subsidyRules(): SubsidyRuleSet[] {
    return toSubsidyRuleSets(this.config.subsidyRules, shanghaiDate(this.commands.now()));
  }
}
