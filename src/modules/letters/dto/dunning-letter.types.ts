import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../../app/scalars';
import { CollectionStage } from '../../invoice';

@ObjectType({ description: 'A dunning letter of a collection stage, rendered from rules/letters/ in one language.' })
export class DunningLetter {
  @Field(() => CollectionStage)
  stage!: CollectionStage;

  @Field({ description: 'The language it is written in, e.g. de.' })
  language!: string;

  @Field(() => LocalDateScalar, { description: 'The letter date: days overdue, late interest and the pay-by date are as of this day.' })
  asOf!: string;

  @Field()
  subject!: string;

  @Field({ description: 'Plain text, lines separated by \\n.' })
  body!: string;
}
