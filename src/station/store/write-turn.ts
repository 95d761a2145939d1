// Whose turn it is to write the station file, between the station's own thread (scans, closes, every
// command) and the threads of an ITMATT import, which each write their chunks on their own connection.
// SQLite alone would serialise them, but a connection that finds the file locked polls in growing sleeps
// (1, 2, 5, 10… ms), so two import threads handing the lock to each other could keep a scan out for a
// second. Here the station's thread says it is waiting; import threads then take no new turn, and it
// gets the very next one, woken at the release rather than by polling.
//
// Layout of the shared cell (Int32Array of 2): [0] who holds the turn (0 nobody, 1 the station, 2 + n
// import thread n); [1] how many writes of the station's thread are waiting or under way.
const HOLDER = 0
const STATION_WAITING = 1
const STATION = 1
/** The station's thread stops waiting for the turn after this long and relies on SQLite's busy wait. */
const STATION_PATIENCE_MS = 10_000

export function writeTurnBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(8)
}

/** The station's side: its writes come before any import thread's next chunk. */
export class StationTurn {
  private readonly cell: Int32Array
  private depth = 0

  constructor(readonly buffer: SharedArrayBuffer = writeTurnBuffer()) {
    this.cell = new Int32Array(buffer)
  }

  /** Runs a write of the station's thread in its turn (re-entrant: a write inside a write just runs). */
  take<R>(work: () => R): R {
    if (this.depth > 0) return work()
    const cell = this.cell
    Atomics.add(cell, STATION_WAITING, 1)
    let held = false
    try {
      const deadline = performance.now() + STATION_PATIENCE_MS
      while (!(held = Atomics.compareExchange(cell, HOLDER, 0, STATION) === 0)) {
        const left = deadline - performance.now()
        if (left <= 0) break
        Atomics.wait(cell, HOLDER, Atomics.load(cell, HOLDER), Math.min(left, 50))
      }
      this.depth++
      try {
        return work()
      } finally {
        this.depth--
      }
    } finally {
      if (held) Atomics.store(cell, HOLDER, 0)
      Atomics.sub(cell, STATION_WAITING, 1)
      Atomics.notify(cell, HOLDER)
      Atomics.notify(cell, STATION_WAITING)
    }
  }

  /** After an import thread was stopped: the turn it may have held is free again. */
  releaseFrom(thread: number): void {
    if (Atomics.compareExchange(this.cell, HOLDER, 2 + thread, 0) === 2 + thread) {
      Atomics.notify(this.cell, HOLDER)
    }
  }
}

/** An import thread's side: it writes only when the station's thread is not waiting. */
export class ImportTurn {
  private readonly cell: Int32Array
  private readonly me: number

  constructor(buffer: SharedArrayBuffer, thread: number) {
    this.cell = new Int32Array(buffer)
    this.me = 2 + thread
  }

  /** Waits for the turn (the station's writes first), then works. */
  hold<R>(work: () => R): R {
    const cell = this.cell
    for (;;) {
      const waiting = Atomics.load(cell, STATION_WAITING)
      if (waiting > 0) {
        Atomics.wait(cell, STATION_WAITING, waiting, 50)
        continue
      }
      if (Atomics.compareExchange(cell, HOLDER, 0, this.me) === 0) break
      Atomics.wait(cell, HOLDER, Atomics.load(cell, HOLDER), 50)
    }
    return this.release(work)
  }

  /** Whether the station's thread is waiting for the turn (the holder should give it up soon). */
  stationWaiting(): boolean {
    return Atomics.load(this.cell, STATION_WAITING) > 0
  }

  /** Works if the turn is free and the station is not waiting; false (without working) otherwise. */
  tryHold(work: () => void): boolean {
    if (Atomics.load(this.cell, STATION_WAITING) > 0) return false
    if (Atomics.compareExchange(this.cell, HOLDER, 0, this.me) !== 0) return false
    this.release(work)
    return true
  }

  private release<R>(work: () => R): R {
    try {
      return work()
    } finally {
      Atomics.store(this.cell, HOLDER, 0)
      Atomics.notify(this.cell, HOLDER)
    }
  }
}
