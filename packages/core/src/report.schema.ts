import Type, { type Static } from 'typebox';
import { multiLine } from './text.schema';

/** A user tells the coordinators about a profile that is wrong or a person who behaved badly. */
export const ReportBody = Type.Object(
  {
    userId: Type.String({ format: 'uuid' }),
    reason: multiLine(10, 2000),
  },
  { additionalProperties: false },
);
export type ReportBody = Static<typeof ReportBody>;

export const ReportReceipt = Type.Object({ id: Type.String({ format: 'uuid' }) });
