import {
  graphql,
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { coercedField, scalarCoercionFailure } from './coercion-failure';
import { SafeIntScalar } from './graphql-scalars';

// A schema shaped like ours (a command input with money, a list of goods, an enum, a bare SafeInt
// argument), so the errors tested are the ones graphql-js really raises.
const GoodsInput = new GraphQLInputObjectType({ name: 'GoodsInput', fields: { valueFen: { type: new GraphQLNonNull(SafeIntScalar) } } });
const Category = new GraphQLEnumType({ name: 'Category', values: { PUBLIC: {} } });
const PayInput = new GraphQLInputObjectType({
  name: 'PayInput',
  fields: { amountFen: { type: SafeIntScalar }, category: { type: Category }, goods: { type: new GraphQLList(GoodsInput) } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { pay: { type: GraphQLString, args: { input: { type: PayInput }, minPosition: { type: SafeIntScalar } }, resolve: () => 'ok' } },
  }),
});
const PAY = 'query ($input: PayInput, $minPosition: SafeInt) { pay(input: $input, minPosition: $minPosition) }';

async function firstError(source: string, variableValues: Record<string, unknown> = {}): Promise<GraphQLError> {
  const { errors } = await graphql({ schema, source, variableValues });
  expect(errors).toHaveLength(1);
  return errors![0]!;
}

describe('scalarCoercionFailure', () => {
  it.each([
    ['a fractional amount', { input: { amountFen: 1.5 } }, 'amountFen', 'amountFen must be an integer within ±(2^53−1), got 1.5'],
    ['an amount beyond 2^53', { input: { amountFen: 2 ** 53 } }, 'amountFen', `amountFen must be an integer within ±(2^53−1), got ${2 ** 53}`],
    ['a string as an amount', { input: { amountFen: '100' } }, 'amountFen', 'amountFen must be an integer within ±(2^53−1), got "100"'],
    ['a nested amount in a list', { input: { goods: [{ valueFen: 1 }, { valueFen: 2.5 }] } }, 'goods[1].valueFen', expect.stringContaining('goods[1].valueFen must be')],
    ['a bare SafeInt variable', { minPosition: -0.5 }, 'minPosition', expect.stringContaining('minPosition must be')],
  ])('names the field of %s', async (_label, variables, field, message) => {
    const failure = scalarCoercionFailure(await firstError(PAY, variables));
    expect(failure).toMatchObject({ code: 'VALIDATION_FAILED', message, details: { field, scalar: 'SafeInt' } });
  });

  it('is not fooled by an input value that quotes a path', async () => {
    const failure = scalarCoercionFailure(await firstError(PAY, { minPosition: '1.5 at "minPosition.amountFen"' }));
    expect(failure?.details['field']).toBe('minPosition');
  });

  it('reads the same error when Apollo re-wraps it (message, nodes and originalError kept)', async () => {
    const error = await firstError(PAY, { input: { amountFen: 1.5 } });
    const wrapped = new GraphQLError(error.message, { nodes: error.nodes, originalError: error.originalError, extensions: { code: 'BAD_USER_INPUT' } });
    expect(scalarCoercionFailure(wrapped)?.details).toEqual({ field: 'amountFen', scalar: 'SafeInt' });
  });

  it('leaves other errors alone: an unknown enum value, a literal in the document, anything not a GraphQLError', async () => {
    expect(scalarCoercionFailure(await firstError(PAY, { input: { category: 'TRAVEL' } }))).toBeUndefined();
    expect(scalarCoercionFailure(await firstError('{ pay(input: { amountFen: 1.5 }) }'))).toBeUndefined();
    expect(scalarCoercionFailure(new Error('SafeInt cannot represent 1.5'))).toBeUndefined();
  });
});

describe('coercedField', () => {
  const scalarMessage = 'SafeInt cannot represent 1.5';
  it.each([
    ['Variable "$input" got invalid value 1.5 at "input.amountFen"; SafeInt cannot represent 1.5', 'amountFen'],
    ['Variable "$input" got invalid value 1.5 at "input.followUp.dueFen"; SafeInt cannot represent 1.5', 'followUp.dueFen'],
    ['Variable "$ids" got invalid value 1.5 at "ids[2]"; SafeInt cannot represent 1.5', 'ids[2]'],
    ['Variable "$input" got invalid value 1.5; SafeInt cannot represent 1.5', 'input'],
    // An unexpected wording falls back to the variable rather than guessing.
    ['Variable "$input" got invalid value 1.5 at "input.amountFen"; something else', 'input'],
  ])('%s → %s', (message, field) => {
    const variable = message.slice('Variable "$'.length, message.indexOf('" got'));
    expect(coercedField(variable, message, scalarMessage)).toBe(field);
  });
});
