import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DEMO_USERS, actorTownshipName, type Actor as ActorModel } from '../shared/actor';
import { CurrentCommandContext, type CommandContext } from '../shared/request-context';
import { TOWNSHIPS } from './townships';

@ObjectType()
export class Township {
  @Field(() => ID) code!: string;
  @Field() name!: string;
}

@ObjectType()
export class Actor {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field(() => String, { nullable: true }) township!: string | null;
  @Field(() => String, { nullable: true }) townshipName!: string | null;
}

const toActor = (a: ActorModel): Actor => ({ ...a, townshipName: actorTownshipName(a) });

@Resolver()
export class ReferenceResolver {
  @Query(() => [Township])
  townships(): Township[] {
    return TOWNSHIPS.map((t) => ({ ...t }));
  }

  @Query(() => Actor, { description: 'The acting user (from the x-careledger-user header until login arrives).' })
  me(@CurrentCommandContext() ctx: CommandContext): Actor {
    return toActor(ctx.actor);
  }

  @Query(() => [Actor], { description: 'Demo users that can be chosen with the x-careledger-user header.' })
  users(): Actor[] {
    return DEMO_USERS.map(toActor);
  }
}
