// Where CLI commands write. Injected so that tests can run commands in-process too.
export interface Console {
  out(text: string): void;
  error(text: string): void;
  readonly colour: boolean;
}

export const processConsole: Console = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  error: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};
