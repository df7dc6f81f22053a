// A one-line progress bar on stderr, drawn only when stderr is a terminal (never in pipes, logs or CI).
export interface ProgressBar {
  update(label: string, done: number, total: number): void;
  finish(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update() {}, finish() {} };
  let last = '';
  return {
    update(label, done, total) {
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
      const filled = total ? Math.round((done / total) * width) : width;
      const line = `${label.padEnd(8)} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`;
      if (line === last) return;
      last = line;
      stream.write(`\r${line}\x1b[K`);
    },
    finish() {
      if (last) stream.write('\r\x1b[K');
    },
  };
}
