/**
 * A request's message is written as three short answers (what she hopes for, what she has done
 * so far, how she would like to meet) instead of a blank box, which is hard to start in a second
 * language. The mentor reads them as one message: the answers she wrote, with a blank line
 * between them; an answer left empty leaves no gap.
 */
export interface MessageParts {
  hopes: string;
  tried: string;
  meeting: string;
}

export const MESSAGE_PARTS = [
  'hopes',
  'tried',
  'meeting',
] as const satisfies readonly (keyof MessageParts)[];

export function joinMessage(parts: MessageParts): string {
  return MESSAGE_PARTS.map((part) => parts[part].trim())
    .filter((text) => text !== '')
    .join('\n\n');
}
