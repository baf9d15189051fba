import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

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
    throw notSafeInt(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.INT) {
      const value = Number(ast.value);
      if (Number.isSafeInteger(value)) return value;
    }
    throw notSafeInt(ast.kind === Kind.INT ? ast.value : ast.kind);
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
