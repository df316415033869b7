// dist/cli.js: starts the command-line checker's bundle through the code cache (see codeCache.ts).
import * as path from 'node:path';
import { runBundle } from './codeCache';

runBundle(path.join(__dirname, 'bundle', 'cli.js'));
