#!/usr/bin/env node
// `npm run build`: `next build`, then the reader pages' runtime deferred (scripts/lib/defer-runtime.mjs),
// the same build that `npm start`, the tests, the export and the bench make.
import { nextBuild } from './lib/next-build.mjs';

process.exit(nextBuild({ ...process.env, NEXT_TELEMETRY_DISABLED: '1' }));
