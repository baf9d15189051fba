import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { resolveActor, type Actor } from './actor';

export interface RequestContext {
  readonly req: Request;
}

/** Who is acting, plus the correlation id a client may send to tie several requests together. */
export interface CommandContext {
  readonly actor: Actor;
  readonly correlationId: string | null;
}

/** Resolver parameter: the acting user and correlation id of this request. */
export const CurrentCommandContext = createParamDecorator((_data: unknown, context: ExecutionContext): CommandContext => {
  const { req } = GqlExecutionContext.create(context).getContext<RequestContext>();
  const correlation = req.headers['x-correlation-id'];
  return {
    actor: resolveActor(req.headers['x-careledger-user']),
    correlationId: typeof correlation === 'string' && correlation.length <= 100 ? correlation : null,
  };
});
