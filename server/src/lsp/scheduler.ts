// Debounced, per-document work: a newer change restarts the wait, and work for one document never overlaps —
// a change during a lint marks the document for one more run (the stale result is dropped by the caller).
export class DebouncedRunner {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();

  constructor(private readonly run: (key: string) => Promise<void>) {}

  schedule(key: string, delayMs: number): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.trigger(key);
    }, delayMs));
  }

  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.again.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.again.clear();
  }

  private async trigger(key: string): Promise<void> {
    if (this.running.has(key)) {
      this.again.add(key);
      return;
    }
    this.running.add(key);
    try {
      do {
        this.again.delete(key);
        try {
          await this.run(key);
        } catch {
          // The runner reports its own errors; a failure must not stop later runs.
        }
      } while (this.again.has(key));
    } finally {
      this.running.delete(key);
    }
  }
}
