// The entry of each worker thread of scripts/lib/story-workers.ts. A worker does not get the tsx
// hooks that npm run check runs under, so it registers them before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./story-worker.ts');
