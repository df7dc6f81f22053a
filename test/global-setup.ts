// Build the bundled CLI once before the suite, so end-to-end tests run the real binary on a fresh clone too.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
}
