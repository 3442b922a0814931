import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { loggableError } from '../src/lib/loggable-error';

describe('errors written to the log', () => {
  it('keep a failed query and the database code, never its parameters', () => {
    const cause = Object.assign(new Error('invalid byte sequence'), { code: '22021' });
    const error = new DrizzleQueryError(
      'select * from users where email = $1',
      ['amina@example.dk', '$argon2id$v=19$secret'],
      cause,
    );
    const logged = JSON.stringify(loggableError(error));
    expect(logged).toContain('select * from users where email = $1');
    expect(logged).toContain('22021');
    expect(logged).not.toContain('amina@example.dk');
    expect(logged).not.toContain('argon2id');
  });
});
