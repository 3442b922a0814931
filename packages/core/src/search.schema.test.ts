import type { Static } from 'typebox';
import { describe, expectTypeOf, it } from 'vitest';
import type { MatchReason as MatchReasonType } from './match.reasons';
import type { MatchReason } from './search.schema';

describe('the search contract', () => {
  it('describes match reasons exactly as match.reasons types them (checked by tsc)', () => {
    expectTypeOf<Static<typeof MatchReason>>().toEqualTypeOf<MatchReasonType>();
  });
});
