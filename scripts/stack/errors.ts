/**
 * A failure the person running the stack can act on. The launcher prints its message without a
 * stack trace, so the message must say what went wrong and what to do about it.
 */
export class StackError extends Error {
  override name = 'StackError';
}
