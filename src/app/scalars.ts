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

/**
 * graphql-scalars' LocalDate (YYYY-MM-DD, a real calendar day), from year 0001 on: there is no year
 * 0000 in the calendar PostgreSQL stores dates in, so "0000-01-01" is refused here, not by the database.
 */
const localDate = GraphQLLocalDate.toConfig();
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  ...localDate,
  parseValue: (value) => fromYearOne(localDate.parseValue!(value) as string),
  parseLiteral: (ast, variables) => fromYearOne(localDate.parseLiteral!(ast, variables) as string),
});

function fromYearOne(date: string): string {
  if (date.startsWith('0000')) throw new TypeError(`Value is not a valid LocalDate: ${date} (years start at 0001)`);
  return date;
}
