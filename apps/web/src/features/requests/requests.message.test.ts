import { describe, expect, it } from 'vitest';
import { joinMessage } from './requests.message';

describe('joinMessage', () => {
  it.each([
    {
      name: 'joins the three answers with a blank line between them',
      parts: { hopes: 'Et job.', tried: 'Mit CV.', meeting: 'Online.' },
      message: 'Et job.\n\nMit CV.\n\nOnline.',
    },
    {
      name: 'leaves no gap for an answer she skipped',
      parts: { hopes: 'Et job.', tried: '   ', meeting: 'Online.' },
      message: 'Et job.\n\nOnline.',
    },
    {
      name: 'trims each answer, keeping the line breaks inside one',
      parts: { hopes: '  Et job.\nGerne snart. ', tried: '', meeting: '' },
      message: 'Et job.\nGerne snart.',
    },
    {
      name: 'is empty when she wrote nothing',
      parts: { hopes: '', tried: '', meeting: '' },
      message: '',
    },
  ])('$name', ({ parts, message }) => {
    expect(joinMessage(parts)).toBe(message);
  });
});
