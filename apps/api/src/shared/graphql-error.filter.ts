import { Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@careledger/domain-kernel';
import { ConcurrencyError, IdempotencyConflictError } from '@careledger/event-store';
import { InvalidCursorError } from '@careledger/projections';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { scalarCoercionFailure } from './coercion-failure';
import { ReadModelLagError } from './read-your-writes';

/**
 * The one place where errors become GraphQL errors (with formatGraphqlError below for those raised
 * before any resolver): a typed error keeps its stable code in `extensions.code` (and
 * `extensions.details`, e.g. `details.field` for validation); anything unexpected is logged and
 * answered with a generic INTERNAL_SERVER_ERROR that leaks nothing.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof DomainError) {
      return new GraphQLError(exception.message, { extensions: { code: exception.code, details: exception.details } });
    }
    if (exception instanceof ConcurrencyError) {
      return new GraphQLError('The record was changed by someone else; reload it and try again', {
        extensions: {
          code: 'CONCURRENCY_CONFLICT',
          details: { streamId: exception.streamId, expected: exception.expected, actual: exception.actual },
        },
      });
    }
    if (exception instanceof IdempotencyConflictError) {
      return new GraphQLError(exception.message, { extensions: { code: 'IDEMPOTENCY_CONFLICT' } });
    }
    if (exception instanceof InvalidCursorError || exception instanceof ReadModelLagError) {
      return new GraphQLError(exception.message, { extensions: { code: exception.code, details: exception.details } });
    }
    if (exception instanceof HttpException) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_REQUEST' } });
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

/**
 * Apollo's formatError, for what fails before any resolver (so before the filter above) runs:
 * a variable one of our scalars refused becomes VALIDATION_FAILED on its field, like a refusal by
 * a decider. Everything else is answered as Apollo formatted it (an unknown enum value stays
 * BAD_USER_INPUT). Either way no command ran, so nothing was appended.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const failure = scalarCoercionFailure(error);
  if (!failure) return formatted;
  const extensions = { ...formatted.extensions, code: failure.code, details: failure.details };
  return { ...formatted, message: failure.message, extensions };
}
