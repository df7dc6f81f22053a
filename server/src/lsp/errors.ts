// Error handling for request handlers: every failure becomes an error response, the server itself goes on.
import { ErrorCodes, ResponseError } from 'vscode-languageserver';

/** An error's message, shortened: it goes to the editor's log, which must not fill up (or carry a letter). */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)} …` : text;
}

export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export type Guard = <P, R>(name: string, handler: (params: P) => R | Promise<R>) => (params: P) => Promise<R | ResponseError<void>>;

/** Wrap handlers so that a thrown error is logged (without letter text) and answered as an error response. */
export function guardWith(log: (text: string) => void): Guard {
  return (name, handler) => async (params) => {
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      log(`Brevtjek: fejl i ${name}: ${errorText(error)}`);
      return new ResponseError(ErrorCodes.InternalError, `Brevtjek: ${errorText(error)}`);
    }
  };
}
