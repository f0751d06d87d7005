// Entry of every worker thread: registers the TypeScript loader, then loads the worker module
// named in workerData (the server runs its TypeScript sources directly, workers too).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
