// Compiles src/main/solidity/*.sol with solc-js (npm `solc`, no downloaded compiler binaries)
// and writes <Contract>.abi and <Contract>.bin for each contract to the output folder.
// Usage: node compile.mjs <sourceDir> <outputDir>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const moduleDir = process.cwd();
const solc = require(path.join(moduleDir, 'node_modules', 'solc'));

const [sourceDir, outputDir] = process.argv.slice(2);
if (!sourceDir || !outputDir) {
  console.error('usage: node compile.mjs <sourceDir> <outputDir>');
  process.exit(2);
}

// Paris: no PUSH0 or Cancun opcodes, so the bytecode runs on any London+ Besu network.
const EVM_VERSION = 'paris';

const sources = {};
for (const file of fs.readdirSync(sourceDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[file] = { content: fs.readFileSync(path.join(sourceDir, file), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: EVM_VERSION,
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};

function findImports(importPath) {
  const candidate = path.join(moduleDir, 'node_modules', importPath);
  if (fs.existsSync(candidate)) {
    return { contents: fs.readFileSync(candidate, 'utf8') };
  }
  return { error: `import not found: ${importPath}` };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const problems = output.errors ?? [];
for (const problem of problems) {
  console.error(problem.formattedMessage ?? problem.message);
}
if (problems.some((p) => p.severity === 'error')) {
  process.exit(1);
}

fs.mkdirSync(outputDir, { recursive: true });
let written = 0;
for (const file of Object.keys(sources)) {
  for (const [name, contract] of Object.entries(output.contracts[file] ?? {})) {
    fs.writeFileSync(path.join(outputDir, `${name}.abi`), JSON.stringify(contract.abi));
    fs.writeFileSync(path.join(outputDir, `${name}.bin`), contract.evm.bytecode.object);
    written++;
  }
}
console.log(`solc ${solc.version()} (evm ${EVM_VERSION}): ${written} contracts -> ${outputDir}`);
