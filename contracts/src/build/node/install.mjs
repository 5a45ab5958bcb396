// Installs this module's npm packages exactly as package-lock.json pins them (integrity
// checked), unless node_modules already matches it (npm records the installed tree in
// node_modules/.package-lock.json). Not `npm ci`: @foundry-rs/anvil lists optional
// per-platform packages of which only some are published, and npm ci's lock check refuses
// the lock file for that; `npm install --no-save` installs from the lock and never rewrites it.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

const installed = 'node_modules/.package-lock.json';
const lock = 'package-lock.json';
const upToDate =
  fs.existsSync(installed) &&
  fs.existsSync('node_modules/.bin/anvil') &&
  fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs;

if (upToDate) {
  console.log('node_modules is up to date with package-lock.json; skipping npm ci');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--no-save', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
