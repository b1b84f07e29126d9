/**
 * Input validation: the class-validator rules shared by the input types, and InputProblems, which
 * collects what a service finds wrong with an input so the caller hears of every bad field at once.
 */
import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { BadUserInputError, type ErrorDetails, type FieldProblem } from './errors';
import { isExactPercent } from './money';

/**
 * Text must hold something besides whitespace: a name, number, reason, note or organisation made only
 * of spaces (or tabs, newlines) is refused, naming the field, like any other invalid input.
 * With `each: true` for a list of texts.
 */
export const NotBlank = (options: ValidationOptions = {}) => Matches(/\S/, { message: '$property must contain more than spaces', ...options });

/** An ISO date (YYYY-MM-DD) on or after the date in `earlier` of the same input, e.g. periodEnd after periodStart. */
export const NotBefore = (earlier: string, options: ValidationOptions = {}) =>
  ValidateBy(
    {
      name: 'notBefore',
      constraints: [earlier],
      validator: {
        // ISO dates compare as text; a date that is missing or malformed is some other rule's to report.
        validate: (value, args) => {
          const other = (args?.object as Record<string, unknown>)[earlier];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
        defaultMessage: (args) => `${args?.property} ${String(args?.value)} lies before ${earlier} ${String((args?.object as Record<string, unknown>)[earlier])}`,
      },
    },
    options,
  );

/** A percent from 0 to 100 with at most 4 decimals: what parts per million hold exactly. */
export const ExactPercent = (options: ValidationOptions = {}) =>
  ValidateBy(
    {
      name: 'exactPercent',
      validator: {
        validate: (value) => typeof value === 'number' && isExactPercent(value),
        defaultMessage: (args) => exactPercentMessage(args?.property ?? 'percent', args?.value),
      },
    },
    options,
  );

export function exactPercentMessage(field: string, percent: unknown): string {
  return `${field} must be a percent between 0 and 100 with at most 4 decimals (got ${String(percent)})`;
}

/**
 * What a service finds wrong with one input, collected so that one BAD_USER_INPUT names every bad
 * field instead of the first:
 *
 *   const problems = new InputProblems();
 *   problems.check(input.from !== input.to, 'to', `from and to are both ${input.from}`);
 *   const { rate } = problems.parseAll({ rate: () => normaliseRate(input.rate) });
 *
 * or, with checks only, `problems.check(...)` then `problems.throwIfAny()`.
 */
export class InputProblems {
  private readonly found: FieldProblem[] = [];
  /** What refused parses said besides their fields (e.g. the languages available), kept for the client. */
  private details: ErrorDetails = {};

  /** Notes `message` against `field` unless `ok`; returns `ok`, so a check that builds on this one can be skipped. */
  check(ok: boolean, field: string, message: string): boolean {
    if (!ok) this.found.push({ field, message });
    return ok;
  }

  /** Runs a parse that refuses with a BadUserInputError naming its field (toMinorUnits, assertIsoDate, ...): its value, or undefined with the refusal noted. */
  parse<T>(parse: () => T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof BadUserInputError) || error.fields.length === 0) throw error;
      const { fields, ...details } = error.details;
      this.found.push(...error.fields);
      this.details = { ...this.details, ...details };
      return undefined;
    }
  }

  /**
   * Runs every parse, even after one refused, and ends the collection: the values by name, or one
   * BadUserInputError naming every problem noted so far and every field a parse refused.
   */
  parseAll<P extends Record<string, () => unknown>>(parsers: P): { [K in keyof P]: ReturnType<P[K]> } {
    const values = Object.fromEntries(Object.entries(parsers).map(([name, parse]) => [name, this.parse(parse)]));
    this.throwIfAny();
    return values as { [K in keyof P]: ReturnType<P[K]> };
  }

  /** Throws one BadUserInputError naming every problem noted; nothing when there is none. */
  throwIfAny(): void {
    if (this.found.length > 0) throw BadUserInputError.of(this.found, this.details);
  }
}

/** Every parse of an input, all refusals in one error: `new InputProblems().parseAll(parsers)`. */
export function parseAll<P extends Record<string, () => unknown>>(parsers: P): { [K in keyof P]: ReturnType<P[K]> } {
  return new InputProblems().parseAll(parsers);
}
