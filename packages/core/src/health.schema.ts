import Type, { type Static } from 'typebox';

export const Health = Type.Object({
  status: Type.Enum(['ok', 'unavailable']),
});
export type Health = Static<typeof Health>;
