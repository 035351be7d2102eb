// Runs in every integration test worker before the test file: points lib/env.ts (serverEnv, db(),
// getMeiliClient()) at the stack that global-setup.ts started.
import { inject } from 'vitest';
import './stack-context';

const { DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY } = inject('integrationStack');
Object.assign(process.env, { DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY });
