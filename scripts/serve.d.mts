// Types of scripts/serve.mjs, for the tests that import it.
import type http from 'node:http';

/** An http.Server over the built site in `root`, as `npm start` serves it; closing it removes its compressed copies. */
export function createServer(root: string): http.Server;
