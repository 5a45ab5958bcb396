// Runs `npm ci` for this module unless node_modules already matches package-lock.json
// (npm records the installed tree in node_modules/.package-lock.json).
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
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
