import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';

/**
 * An input value one of our scalars refuses (1.5 as SafeInt). The error policy
 * (formatGraphqlError) answers it as VALIDATION_FAILED naming the input field, which only the
 * variable coercion around the scalar knows.
 */
export class ScalarInputError extends GraphQLError {
  constructor(
    readonly scalar: string,
    /** What the scalar accepts, to finish "amountFen must be …". */
    readonly expected: string,
    readonly value: unknown,
  ) {
    super(`${scalar} cannot represent ${JSON.stringify(value)}`, { extensions: { code: 'VALIDATION_FAILED', details: { scalar } } });
  }
}

const SAFE_INT_EXPECTED = 'an integer within ±(2^53−1)';

/** Output: a value out of range here comes from the server, never from the client's input. */
const notSafeInt = (value: unknown) =>
  new GraphQLError(`SafeInt cannot represent ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });

/** Integers up to 2^53−1: global log positions outgrow GraphQL's 32-bit Int. */
export const SafeIntScalar = new GraphQLScalarType({
  name: 'SafeInt',
  description: 'Integer in the range ±(2^53−1), e.g. a global log position.',
  serialize(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    throw notSafeInt(value);
  },
  parseValue(value) {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    throw new ScalarInputError('SafeInt', SAFE_INT_EXPECTED, value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.INT) {
      const value = Number(ast.value);
      if (Number.isSafeInteger(value)) return value;
    }
    throw new ScalarInputError('SafeInt', SAFE_INT_EXPECTED, print(ast));
  },
});

function literalToJson(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
    case Kind.ENUM:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literalToJson);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literalToJson(f.value)]));
    case Kind.VARIABLE:
      throw new GraphQLError('JSON literals cannot contain variables', { extensions: { code: 'BAD_USER_INPUT' } });
    default: {
      const _exhaustive: never = ast;
      return _exhaustive;
    }
  }
}

/** An event payload as stored (personal data masked): read-only output. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literalToJson,
});
