/** Input fields shared by createCustomer and updateCustomer, each with its validation. */
import { IsIn, IsISO31661Alpha2, IsOptional, Length } from 'class-validator';
import { Field } from 'type-graphql';
import { LETTER_LANGUAGES } from '../../../policy/data/letter-templates';
import { NotBlank } from '../../../shared/validation';

type PropertyDecorators = Array<(target: object, property: string) => void>;

function combine(decorators: PropertyDecorators) {
  return (target: object, property: string) => decorators.forEach((decorate) => decorate(target, property));
}

export const CountryField = ({ optional }: { optional: boolean }) =>
  combine([
    Field({ nullable: optional, description: 'ISO 3166-1 alpha-2, e.g. DE.' }),
    ...(optional ? [IsOptional()] : []),
    IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as DE or CN' }),
  ]);

export const LanguageField = () =>
  combine([
    Field({ nullable: true, description: `Language for letters (${LETTER_LANGUAGES.join(', ')}); en when omitted.` }),
    IsOptional(),
    IsIn(LETTER_LANGUAGES, { message: `language must be one of ${LETTER_LANGUAGES.join(', ')}` }),
  ]);

export const IndustryField = () => combine([Field(() => String, { nullable: true }), IsOptional(), Length(1, 100), NotBlank()]);

export const NameField = ({ optional }: { optional: boolean }) =>
  combine([Field({ nullable: optional }), ...(optional ? [IsOptional()] : []), Length(1, 200), NotBlank()]);
