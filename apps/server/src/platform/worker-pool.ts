import { Worker } from 'node:worker_threads';
import { AppError } from './errors';

/** What a pool worker posts back: the job's result, or the failure it met. */
export type WorkerReply<R> = { id: number; ok: true; result: R } | { id: number; ok: false; failure: unknown };

type Job<I, R> = {
  id: number;
  input: I;
  resolve: (result: R) => void;
  reject: (failure: unknown) => void;
};

/** A worker and its job; a new worker is `ready` once its module has loaded (it posts 'ready'). */
type Slot = { worker: Worker; job: Job<unknown, unknown> | null; timer: NodeJS.Timeout | null; ready: boolean };

export type WorkerPoolOptions = {
  /** Workers computing at once. */
  size: number;
  /** Jobs waiting for a worker; one more is refused with SERVER_BUSY. */
  maxQueue: number;
  /** A job running longer is stopped (its worker is terminated) with COMPUTATION_TOO_LONG. */
  timeoutMs: number;
};

/**
 * Runs CPU-heavy jobs on worker threads so that one request cannot stall the server: at most
 * `size` at once, a bounded queue, and a time limit enforced by terminating the worker.
 * The worker module posts 'ready' once loaded, then receives `{ id, input }` messages and answers
 * each with a `WorkerReply`. The time limit counts from when the job reaches a ready worker, so a
 * worker's start-up is not charged to its first job.
 */
export class WorkerPool<I, R> {
  private readonly slots: Slot[] = [];
  private readonly queue: Job<I, R>[] = [];
  private nextId = 1;
  private closed = false;
  private answered = 0;

  constructor(
    private readonly workerUrl: URL,
    private readonly options: WorkerPoolOptions,
  ) {}

  run(input: I): Promise<R> {
    if (this.closed) return Promise.reject(new AppError('SERVER_BUSY'));
    return new Promise<R>((resolve, reject) => {
      const job: Job<I, R> = { id: this.nextId++, input, resolve, reject };
      const slot = this.idleSlot();
      if (slot) this.start(slot, job);
      else if (this.queue.length < this.options.maxQueue) this.queue.push(job);
      else reject(new AppError('SERVER_BUSY'));
    });
  }

  /** Jobs a worker thread has answered, with a result or a refusal: the jobs that ran off the caller's thread. */
  get answeredJobs(): number {
    return this.answered;
  }

  /** Starts every worker now rather than at the first job (workers take a few seconds to load). */
  warm(): void {
    while (this.slots.length < this.options.size && !this.closed) this.addSlot();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new AppError('SERVER_BUSY'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private idleSlot(): Slot | null {
    const idle = this.slots.find((s) => s.job === null);
    if (idle) return idle;
    if (this.slots.length >= this.options.size || this.closed) return null;
    return this.addSlot();
  }

  private addSlot(): Slot {
    const slot: Slot = { worker: this.spawn(), job: null, timer: null, ready: false };
    this.slots.push(slot);
    this.listen(slot);
    return slot;
  }

  private spawn(): Worker {
    // Workers run the TypeScript sources, as the server does.
    const worker = new Worker(new URL('./ts-worker-entry.mjs', import.meta.url), { workerData: { entry: this.workerUrl.href } });
    worker.unref();
    return worker;
  }

  private listen(slot: Slot) {
    slot.worker.on('message', (reply: WorkerReply<R> | 'ready') => {
      if (reply === 'ready') {
        slot.ready = true;
        if (slot.job) this.post(slot);
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      this.answered += 1;
      this.finish(slot);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(reply.failure);
      this.next(slot);
    });
    slot.worker.on('error', (error) => this.replace(slot, error));
    slot.worker.on('exit', () => {
      if (slot.job) this.replace(slot, new Error('worker exited'));
    });
  }

  private start(slot: Slot, job: Job<I, R>) {
    slot.job = job as Job<unknown, unknown>;
    if (slot.ready) this.post(slot);
  }

  private post(slot: Slot) {
    const job = slot.job;
    if (!job) return;
    slot.timer = setTimeout(() => this.replace(slot, new AppError('COMPUTATION_TOO_LONG')), this.options.timeoutMs);
    slot.worker.postMessage({ id: job.id, input: job.input });
  }

  private finish(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private next(slot: Slot) {
    const job = this.queue.shift();
    if (job && !this.closed) this.start(slot, job);
  }

  /** The worker failed or ran out of time: fail its job, drop the worker, go on with the queue. */
  private replace(slot: Slot, failure: unknown) {
    const job = slot.job;
    this.finish(slot);
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    job?.reject(failure);
    const queued = this.queue.shift();
    if (!queued) return;
    const fresh = this.idleSlot();
    if (fresh) this.start(fresh, queued);
    else this.queue.unshift(queued);
  }
}
