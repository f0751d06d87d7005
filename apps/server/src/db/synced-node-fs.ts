import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * PGlite's folder on disk, with the syncs PostgreSQL asks for made real.
 *
 * Out of the box PGlite 0.5 starts PostgreSQL with `-F` (fsync off), and even with fsync on
 * nothing would reach the disk: its Emscripten file system answers `fdatasync` without doing
 * anything and has no `fsync` for files on Node. Every write still goes straight to the operating
 * system, so a committed transaction survives the process being killed, but not a power loss or
 * a kernel crash. This file system gives Emscripten's Node file system the `fsync` it lacks, and
 * `durableStartParams` turns fsync on with `wal_sync_method=fsync` (the one method that reaches
 * it): a COMMIT returns once its WAL is on disk, and a checkpoint syncs the data files before the
 * log behind them is recycled, as on PostgreSQL. What it costs is in docs/adr/0008-one-process-per-embedded-database.md.
 */
export class SyncedNodeFS extends NodeFS {
  /** How many times a file was synced: proof that the syncs happen, for tests and the benchmark. */
  syncs = 0;

  override async init(...args: Parameters<NodeFS['init']>): ReturnType<NodeFS['init']> {
    const result = await super.init(...args);
    const opts = result.emscriptenOpts;
    opts.preRun = [...(opts.preRun ?? []), (mod) => this.addFsync(mod.NODEFS)];
    return result;
  }

  private addFsync(nodefs: unknown) {
    if (!isNodeFileSystem(nodefs)) {
      // A PGlite upgrade changed its file system: refuse to open rather than run without syncing.
      throw new Error('This PGlite has no Node file system of the expected shape; the embedded database cannot sync to disk');
    }
    nodefs.stream_ops.fsync = (stream: unknown) => {
      // Node's errors become the errno PostgreSQL sees, as for every other operation of this file
      // system; a stream with no descriptor of Node's cannot be synced, and PostgreSQL hears EBADF
      // (which it ignores for a folder and treats as a failed sync for a file).
      nodefs.tryFSOperation(() => {
        if (!hasNodeDescriptor(stream)) throw Object.assign(new Error('no descriptor to sync'), { code: 'EBADF' });
        fs.fsyncSync(stream.nfd);
      });
      this.syncs += 1;
      return 0;
    };
  }
}

/** PGlite's start parameters, with fsync on and the WAL synced by fsync at every commit. */
export const durableStartParams = [...PGlite.defaultStartParams, '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];

type NodeFileSystem = { stream_ops: Record<string, unknown>; tryFSOperation: (operation: () => void) => void };

function isNodeFileSystem(x: unknown): x is NodeFileSystem {
  return (
    typeof x === 'object' &&
    x !== null &&
    'stream_ops' in x &&
    typeof x.stream_ops === 'object' &&
    x.stream_ops !== null &&
    'write' in x.stream_ops &&
    'tryFSOperation' in x &&
    typeof x.tryFSOperation === 'function'
  );
}

function hasNodeDescriptor(stream: unknown): stream is { nfd: number } {
  return typeof stream === 'object' && stream !== null && 'nfd' in stream && typeof stream.nfd === 'number';
}
