#!/usr/bin/env node
/** The `return-liability` executable: runs `main` on the process's arguments and standard streams. */
import { main } from './main.js';

void main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
