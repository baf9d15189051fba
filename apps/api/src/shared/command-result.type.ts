import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SafeIntScalar } from './graphql-scalars';

@ObjectType({ description: 'What a command wrote: send `revision` back as `expectedRevision` next time.' })
export class CommandResult {
  @Field(() => ID, { description: 'The record the command acted on: case, visit, activity, application, policy, claim or fund id.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Id created by the command (personId, noteId, visitId…), if any.' })
  createdId?: string | null;

  @Field(() => Int, { description: 'Stream revision after the command.' })
  revision!: number;

  @Field(() => SafeIntScalar, { description: 'Global log position of the last event written.' })
  position!: number;
}
