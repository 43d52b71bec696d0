/**
 * PGlite as pglite-socket should see it: a session that one client holds from its first protocol message until the
 * backend is ready for the next query (ReadyForQuery), not only while an explicit transaction is open.
 *
 * pglite-socket 0.2.17 queues each client's messages one by one onto PGlite's single session and keeps the session
 * for one client only while `isInTransaction()` is true. An extended-protocol query (`pg` sends Parse, Bind,
 * Describe, Execute and Sync for every query with parameters) is several messages that share the session's unnamed
 * statement and portal, so under concurrent clients another client's message lands between them: its Parse or
 * simple Query replaces the unnamed statement, and the first client gets "unnamed prepared statement does not
 * exist", "portal does not exist", or another query's rows. A simple Query entering COPY FROM STDIN is the same:
 * the backend waits for that client's CopyData.
 *
 * The view given to the socket server reports "in a transaction" while a protocol unit is open: from any client
 * message until the backend's last message answering one was ReadyForQuery. pglite-socket then runs only the
 * holding client's messages (its rule for transactions), so units never interleave. A client that disconnects
 * while holding the session has its unit closed for it (a Sync, which also ends an implicit transaction) before
 * the transaction rollback pglite-socket does.
 */
import type { PGlite } from '@electric-sql/pglite';

/** The frontend's Sync message: type 'S', length 4. */
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);
/** The backend's ReadyForQuery message type ('Z'). */
const READY_FOR_QUERY = 0x5a;
const HEADER_BYTES = 5;

/** Follows backend message boundaries across chunks; `lastType` is the type of the last message that began. */
class BackendMessages {
  readonly #header = new Uint8Array(HEADER_BYTES);
  #headerBytes = 0;
  #bodyLeft = 0;
  lastType: number | undefined;

  reset(): void {
    this.#headerBytes = 0;
    this.#bodyLeft = 0;
    this.lastType = undefined;
  }

  feed(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.#bodyLeft > 0) {
        const skip = Math.min(this.#bodyLeft, chunk.length - at);
        this.#bodyLeft -= skip;
        at += skip;
        continue;
      }
      const take = Math.min(HEADER_BYTES - this.#headerBytes, chunk.length - at);
      this.#header.set(chunk.subarray(at, at + take), this.#headerBytes);
      this.#headerBytes += take;
      at += take;
      if (this.#headerBytes === HEADER_BYTES) {
        const view = new DataView(this.#header.buffer);
        this.lastType = this.#header[0];
        // The length counts itself (4 bytes) but not the type byte.
        this.#bodyLeft = view.getInt32(1) - 4;
        this.#headerBytes = 0;
      }
    }
  }
}

/** The database pglite-socket's server is given: PGlite itself, with protocol units held like transactions. */
export function unitScopedDatabase(db: PGlite): PGlite {
  const answers = new BackendMessages();
  let unitOpen = false;
  const execProtocolRawStream: PGlite['execProtocolRawStream'] = async (message, options) => {
    unitOpen = true;
    answers.reset();
    try {
      await db.execProtocolRawStream(message, {
        ...options,
        onRawData: (data) => {
          answers.feed(data);
          options.onRawData(data);
        },
      });
    } finally {
      unitOpen = answers.lastType !== READY_FOR_QUERY;
    }
  };
  const isInTransaction = () => unitOpen || db.isInTransaction();
  // pglite-socket calls exec only to roll back after a client that held the session went away.
  const exec: PGlite['exec'] = async (query, options) => {
    if (unitOpen) {
      await db.runExclusive(() => db.execProtocolRaw(SYNC));
      unitOpen = false;
    }
    return db.isInTransaction() ? db.exec(query, options) : [];
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'execProtocolRawStream') return execProtocolRawStream;
      if (property === 'isInTransaction') return isInTransaction;
      if (property === 'exec') return exec;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
