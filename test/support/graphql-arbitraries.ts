/**
 * fast-check arbitraries for the arguments of any GraphQL field, built from the schema's input types,
 * so a new mutation (or a new input field) is fuzzed without touching the fuzzer.
 *
 * Every leaf mixes plausible values (which let mutations succeed and build up state) with hostile
 * ones (malformed, out of range, huge, unicode, NUL bytes, SQL-ish), at a rate the caller picks.
 * Ids cannot be known when values are generated: an ID leaf is a `Ref` (a kind of record and an
 * index), turned into a real id from the database at send time (see resolveRefs), or a malformed one.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';

/** A reference to a record that exists at send time: `pool[kind][index % size]`, or a derived value. */
export interface Ref {
  $ref: RefKind;
  index: number;
}
export type RefKind = 'customer' | 'invoice' | 'alert' | 'any' | DerivedRefKind;
/** Values read from the record a sibling field names (so a valid call is likely enough to build up state). */
export type DerivedRefKind = 'versionOfSiblingCustomer' | 'currencyOfSibling';
const DERIVED = new Set<RefKind>(['versionOfSiblingCustomer', 'currencyOfSibling']);

export function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && '$ref' in value;
}

/** How often a leaf is hostile, in percent. */
export type Hostility = number;

const WORDS = ['Acme', 'Müller & Söhne', 'Société Générale', '株式会社', 'O\'Brien Ltd', 'late delivery', 'buyer insolvent', 'x'];
const HOSTILE_STRINGS = [
  '',
  ' ',
  '   padded   ',
  'x'.repeat(10_000),
  'ä'.repeat(201),
  'y'.repeat(65),
  'z'.repeat(101),
  '\u0000',
  'abc\u0000def',
  "'; drop table invoice; --",
  "' or '1'='1",
  '%_\\',
  '"quoted"',
  '🏃‍♀️💶🇩🇪',
  '\u202eevil',
  '\ud800',
  'null',
  '<script>alert(1)</script>',
  '${process.env}',
  '1e309',
  '-1',
  'NaN',
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

function mixed<T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown>, hostility: Hostility): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight: Math.max(1, 100 - hostility) }, { arbitrary: hostile, weight: Math.max(1, hostility) });
}

const CURRENCIES = ['EUR', 'EUR', 'EUR', 'GBP', 'USD', 'JPY', 'BHD', 'CHF'];
const HOSTILE_CURRENCIES = ['XXX', 'XTS', 'EURO', 'eur', 'E', '€', 'ZZZ', ''];

/** Amounts as a person would type them, with 0 to 3 decimals (some beyond the currency's exponent). */
const plausibleAmount = fc.oneof(
  fc.integer({ min: 1, max: 2_000_000 }).map((cents) => (cents / 100).toFixed(2)),
  fc.integer({ min: 1, max: 50_000 }).map(String),
  fc.constantFrom('0.01', '1', '1.5', '100.000', '250000.00'),
);
const HOSTILE_DECIMALS = [
  '0',
  '0.00',
  '-0',
  '-5.00',
  '1.001',
  '0.005',
  '1e309',
  '1e3',
  'Infinity',
  '',
  ' ',
  '99999999999999999999999',
  '9007199254740993',
  '90071992547409.93',
  '12.',
  '.5',
  '+1',
  '1,5',
  '١٢٣',
  '1.0000000000000000001',
  '00001.00',
];
const hostileDecimal = fc.oneof(fc.constantFrom<unknown>(...HOSTILE_DECIMALS, 12.5, 0, true, null), hostileString);

const plausibleDate = fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2026-03-02T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const HOSTILE_DATES = ['2026-02-30', '2026-13-01', '2026-00-10', '2026-3-1', '0000-01-01', '9999-12-31', '2027-01-01', '1900-01-01', '2026-03-02T00:00:00Z', '02/03/2026', '', '2024-02-29'];
const hostileDate = fc.oneof(fc.constantFrom<unknown>(...HOSTILE_DATES, 20260302), hostileString);

const hostileInt = fc.constantFrom<unknown>(-1, -2147483648, 2147483647, 2147483648, 1.5, 1e20, '7', null);
const hostileFloat = fc.constantFrom<unknown>(-1, 1e308, -1e308, 5e-324, 2, '0.3', null);

const malformedId = fc.oneof(fc.uuid().map((id) => id.toUpperCase()), fc.uuid(), fc.constantFrom('', '42', 'not-an-id', '00000000-0000-0000-0000-000000000000'), hostileString);

/** Strings whose meaning the field name tells: currencies, countries, languages, invoice numbers... */
function stringFor(field: string, hostility: Hostility): fc.Arbitrary<unknown> {
  switch (field) {
    case 'currency':
      // Mostly the currency of the customer or invoice the input names, so a payment or an invoice can go through.
      return mixed(
        fc.oneof({ arbitrary: fc.constant<Ref>({ $ref: 'currencyOfSibling', index: 0 }), weight: 3 }, { arbitrary: fc.constantFrom(...CURRENCIES), weight: 1 }),
        fc.oneof(fc.constantFrom(...HOSTILE_CURRENCIES), hostileString),
        hostility,
      );
    case 'from':
    case 'to':
      return mixed(fc.constantFrom(...CURRENCIES), fc.oneof(fc.constantFrom(...HOSTILE_CURRENCIES), hostileString), hostility);
    case 'country':
      return mixed(fc.constantFrom('DE', 'DE', 'GB', 'FR', 'CN', 'US', 'RU'), fc.oneof(fc.constantFrom('XX', 'de', 'DEU', 'ZZ', ''), hostileString), hostility);
    case 'language':
      return mixed(fc.constantFrom('en', 'zh', 'de', 'fr', 'es'), fc.oneof(fc.constantFrom('xx', 'EN', 'english', 'zh-Hant-TW-x-private'), hostileString), hostility);
    case 'number':
    case 'registrationNumber':
      // A small range, so numbers repeat and uniqueness is exercised.
      return mixed(fc.nat({ max: 60 }).map((n) => `FZ-${n}`), fc.oneof(fc.constantFrom('FZ 1', 'FZ-ä', '-FZ', 'F'.repeat(65)), hostileString), hostility);
    case 'organisationId':
      return mixed(fc.constantFrom('insurer-1', 'bank-2', 'agency-3'), hostileString, hostility);
    default:
      return mixed(fc.constantFrom(...WORDS), hostileString, hostility);
  }
}

function idFor(parent: string, field: string): RefKind {
  if (field === 'customerId' || (field === 'id' && /Customer/.test(parent))) return 'customer';
  if (field === 'invoiceId') return 'invoice';
  if (field === 'id' && /Alert/i.test(parent)) return 'alert';
  return 'any';
}

function scalarFor(type: string, parent: string, field: string, hostility: Hostility): fc.Arbitrary<unknown> {
  switch (type) {
    case 'ID':
      return mixed(fc.record({ $ref: fc.constant(idFor(parent, field)), index: fc.nat({ max: 1000 }) }), malformedId, hostility);
    case 'String':
      return stringFor(field, hostility);
    case 'Decimal':
      return mixed(field === 'rate' ? fc.constantFrom('0.92', '1.0850', '0.0072', '1', '150.25', '0.9') : plausibleAmount, hostileDecimal, hostility);
    case 'LocalDate':
      return mixed(plausibleDate, hostileDate, hostility);
    case 'Int':
      if (field === 'expectedVersion') {
        return mixed(fc.record({ $ref: fc.constant<RefKind>('versionOfSiblingCustomer'), index: fc.constant(0) }), fc.oneof(fc.integer({ min: -2, max: 5 }), hostileInt), hostility);
      }
      if (field === 'openLitigations') return mixed(fc.integer({ min: 0, max: 5 }), hostileInt, hostility);
      return mixed(fc.integer({ min: 1, max: 90 }), fc.oneof(fc.integer({ min: -100, max: 1000 }), hostileInt), hostility);
    case 'Float':
      return mixed(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hostileFloat), hostility);
    case 'Boolean':
      return mixed(fc.boolean(), fc.constantFrom<unknown>('true', 0, null), hostility);
    default:
      // A scalar the fuzzer does not know yet (JSONObject, DateTimeISO, ...): plausible-ish strings and hostile ones.
      return fc.oneof(fc.constant({}), hostileString, plausibleDate);
  }
}

/** A value for a variable of `type`; `parent` and `field` name where it goes (for ids and meaningful strings). */
export function valueFor(type: GraphQLInputType, parent: string, field: string, hostility: Hostility): fc.Arbitrary<unknown> {
  const rarely = Math.max(1, Math.round(hostility / 10));
  if (isNonNullType(type)) {
    return fc.oneof({ arbitrary: nullableValue(type.ofType, parent, field, hostility), weight: 100 }, { arbitrary: fc.constant(null), weight: rarely });
  }
  // Nullable: mostly given (so the field is exercised), sometimes null or left out.
  return fc.oneof(
    { arbitrary: nullableValue(type, parent, field, hostility), weight: 4 },
    { arbitrary: fc.constantFrom(null, undefined), weight: 1 },
  );
}

function nullableValue(type: GraphQLInputType, parent: string, field: string, hostility: Hostility): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueFor(type.ofType, parent, field, hostility), { maxLength: 3 });
  if (isEnumType(type)) {
    return mixed(fc.constantFrom(...type.getValues().map((value) => value.name)), fc.oneof(fc.constantFrom('UNKNOWN', '', 'a'), hostileString), hostility);
  }
  if (isInputObjectType(type)) return inputObject(type.name, Object.values(type.getFields()), hostility);
  if (isScalarType(type)) return scalarFor(type.name, parent, field, hostility);
  throw new Error(`No arbitrary for ${String(getNamedType(type))}`);
}

function inputObject(name: string, fields: GraphQLInputField[], hostility: Hostility): fc.Arbitrary<unknown> {
  const rarely = Math.max(1, Math.round(hostility / 5));
  const record = fc.record(Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, name, field.name, hostility)])));
  return fc.oneof(
    { arbitrary: record, weight: 100 },
    // Structurally wrong: a field the type does not have, or a required one missing, or not an object at all.
    { arbitrary: record.map((value) => ({ ...(value as object), unexpectedField: 'x' })), weight: rarely },
    { arbitrary: fc.tuple(record, fc.nat()).map(([value, n]) => withoutKey(value as Record<string, unknown>, n)), weight: rarely },
    { arbitrary: fc.constantFrom<unknown>('a string', 42, []), weight: rarely },
  );
}

function withoutKey(value: Record<string, unknown>, n: number): Record<string, unknown> {
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const { [keys[n % keys.length]]: _dropped, ...rest } = value;
  return rest;
}

/** The variables of a call: one per argument of the field, at a hostility picked per call. */
export function argumentsFor(fieldName: string, args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .constantFrom<Hostility>(2, 2, 15, 60)
    .chain((hostility) => fc.record(Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type, fieldName, arg.name, hostility)]))))
    .map((variables) => JSON.parse(JSON.stringify(variables ?? {})) as Record<string, unknown>);
}

/** Replaces every Ref by a value from `lookup`, depth first (siblings first resolved, for derived refs). */
export async function resolveRefs(value: unknown, lookup: (ref: Ref, siblings: Record<string, unknown>) => Promise<unknown>): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((item) => resolveRefs(item, lookup)));
  if (typeof value !== 'object' || value === null || isRef(value)) return value;
  const resolved: Record<string, unknown> = {};
  const derived: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (isRef(item) && DERIVED.has(item.$ref)) derived.push(key);
    else resolved[key] = isRef(item) ? await lookup(item, resolved) : await resolveRefs(item, lookup);
  }
  for (const key of derived) resolved[key] = await lookup((value as Record<string, Ref>)[key], resolved);
  return resolved;
}
