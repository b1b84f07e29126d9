import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../app/context';
import { businessDate } from '../../shared/clock';
import { assertIsoDate } from '../../shared/dates';
import { LocalDateScalar } from '../../app/scalars';
import { CollectionStage, Invoice } from '../invoice';
import { DunningLetter } from './dto/dunning-letter.types';
import { renderDunningLetter } from './letters.service';

@Resolver(() => Invoice)
export class LettersResolver {
  @FieldResolver(() => DunningLetter, {
    description: "The letter of a collection stage (rules/letters/), in the customer's language unless one is given; figures as of asOf (today when omitted).",
  })
  dunningLetter(
    @Root() invoice: Invoice,
    @Ctx() ctx: RequestContext,
    @Arg('stage', () => CollectionStage) stage: CollectionStage,
    @Arg('language', () => String, { nullable: true }) language?: string | null,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: string | null,
  ): Promise<DunningLetter> {
    return renderDunningLetter(ctx, invoice, stage, language, asOf ? assertIsoDate(asOf, 'asOf') : businessDate(ctx.clock));
  }
}
