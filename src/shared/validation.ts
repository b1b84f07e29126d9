/** class-validator rules shared by the input types. */
import { Matches, type ValidationOptions } from 'class-validator';

/**
 * Text must hold something besides whitespace: a name, number, reason, note or organisation made only
 * of spaces (or tabs, newlines) is refused, naming the field, like any other invalid input.
 * With `each: true` for a list of texts.
 */
export const NotBlank = (options: ValidationOptions = {}) => Matches(/\S/, { message: '$property must contain more than spaces', ...options });
