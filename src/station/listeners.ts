// Faces subscribe here; they hear about a change only after its commit.
import type {
  Receptacle,
  StationEvent,
  StationEventName,
  StationEventPayload,
  StationListener,
} from './types'

export class Listeners {
  private readonly set = new Set<StationListener>()

  get active(): boolean {
    return this.set.size > 0
  }

  add(listener: StationListener): () => void {
    this.set.add(listener)
    return () => this.set.delete(listener)
  }

  event(e: StationEvent): void {
    this.emit('station.event', e)
  }

  receptacle(r: Receptacle): void {
    this.emit('receptacle.changed', r)
  }

  // A failing face must not stop the others from hearing about a commit that already happened.
  emit<N extends StationEventName>(name: N, payload: StationEventPayload<N>): void {
    for (const listener of this.set) {
      try {
        listener(name, payload)
      } catch (error) {
        console.error(`Post Station: a ${name} listener failed:`, error)
      }
    }
  }
}
