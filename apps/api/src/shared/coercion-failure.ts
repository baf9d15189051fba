import { validationFailed, type DomainError } from '@careledger/domain-kernel';
import { GraphQLError, Kind } from 'graphql';
import { ScalarInputError } from './graphql-scalars';

/**
 * The typed error for a variable one of our scalars refused (1.5 fen as SafeInt), else undefined.
 *
 * graphql-js reports it as a GraphQLError on the variable's definition whose originalError is the
 * scalar's ScalarInputError (Apollo keeps both if it re-wraps it as BAD_USER_INPUT). The variable
 * name and the scalar's words are structured; the path inside the variable is only in the
 * message: `Variable "$input" got invalid value 1.5 at "input.amountFen"; SafeInt cannot…`.
 * A literal in the query text (`amountFen: 1.5`) is left alone: that is a malformed document,
 * refused by validation before any variable exists.
 */
export function scalarCoercionFailure(error: unknown): DomainError | undefined {
  if (!(error instanceof GraphQLError) || !(error.originalError instanceof ScalarInputError)) return undefined;
  const definition = error.nodes?.[0];
  if (definition?.kind !== Kind.VARIABLE_DEFINITION) return undefined;
  const { scalar, expected, value } = error.originalError;
  const field = coercedField(definition.variable.name.value, error.message, error.originalError.message);
  return validationFailed(field, `${field} must be ${expected}, got ${JSON.stringify(value)}`, { scalar });
}

/**
 * The field the client named, as the deciders name it: the path inside the variable without the
 * variable (`input.goods[0].valueFen` → `goods[0].valueFen`), or the variable itself when the
 * scalar is the whole variable (`$minPosition`). The path is read only where graphql-js puts it,
 * between ` at "` and the `"; ` that precedes the scalar's own message, so a quoted input value
 * cannot pose as a path (its quotes are escaped).
 */
export function coercedField(variable: string, message: string, scalarMessage: string): string {
  const suffix = `; ${scalarMessage}`;
  if (!message.endsWith(suffix)) return variable;
  // A GraphQL name is [_A-Za-z][_0-9A-Za-z]*, so `variable` needs no escaping.
  const pathPattern = new RegExp(` at "${variable}((?:\\.[_A-Za-z][_0-9A-Za-z]*|\\[\\d+\\])+)"$`);
  const path = pathPattern.exec(message.slice(0, -suffix.length))?.[1];
  if (path === undefined) return variable;
  return path.startsWith('.') ? path.slice(1) : `${variable}${path}`;
}
