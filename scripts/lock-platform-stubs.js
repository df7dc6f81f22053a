// The npm mirror this project installs from serves only the Linux glibc builds of platform-specific optional
// packages (e.g. @rollup/rollup-android-arm64 answers 404). npm then leaves them out of package-lock.json, and
// `npm ci` refuses the lock ("Missing: … from lock file"). This script adds an inert entry for each missing one,
// with os/cpu/libc taken from its name, so npm skips it on every machine it does not fit and never fetches it.
// Run it after `npm install` changes the lock: `node scripts/lock-platform-stubs.js`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));

const CPU = { arm: 'arm', 'arm-eabi': 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };

function platformOf(name) {
  // "@rollup/rollup-linux-arm64-musl" → os linux, cpu arm64, libc musl
  const parts = name.split('/').pop().split('-').slice(1);
  const os = parts[0];
  const rest = parts.slice(1).join('-');
  const cpuKey = Object.keys(CPU).sort((a, b) => b.length - a.length).find((k) => rest === k || rest.startsWith(`${k}-`));
  if (!os || !cpuKey) return null;
  const entry = { os: [os], cpu: [CPU[cpuKey]] };
  if (os === 'linux') entry.libc = [/musl/.test(rest) ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const depPath = `node_modules/${dep}`;
    if (lock.packages[depPath]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    lock.packages[depPath] = { version: String(range).replace(/^[\^~]/, ''), ...platform, optional: true, ...(pkg.dev ? { dev: true } : {}) };
    added++;
  }
}
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`lock-platform-stubs: ${added} indgange tilføjet\n`);
