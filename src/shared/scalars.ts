/** GraphQL scalars: amounts are decimal strings (never floats); dates are ISO calendar days. */
import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

const DECIMAL = /^-?\d+(\.\d+)?$/;

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number sent as a string, e.g. "1250.00". Money amounts use it with a separate ISO 4217 currency; it never loses precision to floating point.',
  serialize(value) {
    if (typeof value !== 'string' || !DECIMAL.test(value)) throw new TypeError(`Decimal cannot represent ${String(value)}`);
    return value;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
      throw new TypeError(`Decimal must be a string such as "1250.00" (got ${JSON.stringify(value)})`);
    }
    return value.trim();
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !DECIMAL.test(ast.value.trim())) {
      throw new TypeError('Decimal must be written as a string such as "1250.00"');
    }
    return ast.value.trim();
  },
});

export const LocalDateScalar = GraphQLLocalDate;
