import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { RISK_OFFICERS, READERS } from '../../app/roles';
import type { RequestContext } from '../../app/context';
import { daysBetween } from '../../shared/dates';
import { LocalDateScalar } from '../../app/scalars';
import { Invoice } from '../invoice';
import { RequestTermExtensionInput, RequestTermExtensionPayload } from './dto/request-term-extension.input';
import { TermExtension } from './term-extension.entity';
import { originalDueDate, requestTermExtension } from './term-extension.service';

@Resolver(() => Invoice)
export class TermExtensionResolver {
  @Authorized(...RISK_OFFICERS)
  @Mutation(() => RequestTermExtensionPayload, {
    description:
      'A customer asks to move the due date (rules/term-extensions.json): liquidity is granted against a guarantee; other reasons are referred: held as a PENDING extension, the due date unmoved, until its referral (decision.referral) is approved; never past the maximum extension period.',
  })
  requestTermExtension(@Arg('input') input: RequestTermExtensionInput, @Ctx() ctx: RequestContext) {
    return requestTermExtension(ctx, input);
  }

  @FieldResolver(() => LocalDateScalar, { name: 'originalDueDate', description: 'The due date before any term extension (dueDate when none).' })
  originalDueDateOf(@Root() invoice: Invoice): string {
    return originalDueDate(invoice);
  }

  @FieldResolver(() => Int, { description: 'Days the due date was moved by term extensions, in all.' })
  extendedDays(@Root() invoice: Invoice): number {
    return daysBetween(originalDueDate(invoice), invoice.dueDate);
  }

  @Authorized(...READERS) // staff only: partners do not see it
  @FieldResolver(() => [TermExtension], { description: 'Term extensions, granted, pending and declined (status), oldest first.' })
  extensions(@Root() invoice: Invoice, @Ctx() ctx: RequestContext) {
    return ctx.loaders.termExtensions.load(invoice.id);
  }
}
