/**
 * Rendering a dunning letter: the wording comes from rules/letters/ (a risk officer edits it), the
 * figures from the invoice and its late interest, every amount and date formatted with Intl for the
 * letter's language (de: "1.234,56 €", zh: "2026年1月31日").
 */
import type { RequestContext } from '../../app/context';
import { addDays } from '../../shared/dates';
import { BadUserInputError } from '../../shared/errors';
import { InputProblems } from '../../shared/validation';
import { localisedMoney } from '../../shared/money';
import { CollectionStage, type Invoice, daysPastDue, lateInterestOf } from '../invoice';
import type { DunningLetter } from './dto/dunning-letter.types';
import { fillTemplate, type LetterPlaceholder, type LetterTemplates } from '../../policy/data/letter-templates';

export async function renderDunningLetter(
  ctx: RequestContext,
  invoice: Invoice,
  stage: CollectionStage,
  requestedLanguage: string | null | undefined,
  asOf: string,
): Promise<DunningLetter> {
  const problems = new InputProblems();
  problems.check(stage !== CollectionStage.NONE, 'stage', 'stage NONE has no letter: ask for REMINDER, PHONE_FOLLOW_UP, FORMAL_DEMAND or LEGAL');
  const policies = ctx.policy.current(); // one read: templates, rates and terms of the same version
  const templates = policies.data.letters;
  if (!templates) throw new BadUserInputError('There are no letter templates: the rules folder has no letters/ folder');
  const customer = (await ctx.loaders.customer.load(invoice.customer.id))!;
  const { language } = problems.parseAll({
    language: () => letterLanguage(templates, requestedLanguage ?? customer.language, requestedLanguage ? 'language' : 'the customer\'s language'),
  });
  const letters = templates.stages[stage];

  const interest = await lateInterestOf(policies, invoice, await ctx.loaders.payments.load(invoice.id), asOf);
  const date = (day: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const compensation = interest.unconvertedCompensation ?? { minor: interest.fixedCompensationMinor, currency: invoice.currency };
  const values: Record<LetterPlaceholder, string> = {
    customerName: customer.name,
    invoiceNumber: invoice.number,
    amountOutstanding: localisedMoney(interest.principalMinor, invoice.currency, language),
    currency: invoice.currency,
    dueDate: date(invoice.dueDate),
    daysOverdue: new Intl.NumberFormat(language).format(daysPastDue(invoice, asOf)),
    lateInterest: localisedMoney(interest.interestMinor, invoice.currency, language),
    fixedCompensation: localisedMoney(compensation.minor, compensation.currency, language),
    payBy: date(addDays(asOf, letters.payWithinDays)),
  };
  const template = letters.languages[language];
  return { stage, language, asOf, subject: fillTemplate(template.subject, values), body: fillTemplate(template.body, values) };
}

/** The template language for a tag: itself, else its primary language (de-AT -> de); refused with the list otherwise. */
function letterLanguage(templates: LetterTemplates, tag: string, what: string): string {
  const primary = tag.split('-')[0].toLowerCase();
  const found = templates.languages.find((language) => language === tag) ?? templates.languages.find((language) => language === primary);
  if (!found) {
    throw new BadUserInputError(`No letters in ${what} "${tag}"; available: ${templates.languages.join(', ')}`, {
      field: 'language',
      available: templates.languages,
    });
  }
  return found;
}
